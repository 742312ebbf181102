import type { ArticleStatus } from '../../../shared/article/status'
import { useT } from '../i18n/locale-context'
import { statusLabelKey } from './status-labels'
import './workflow-status.css'

/** The article's workflow status in a list row, named as such for a screen reader. */
export function StatusChip({ status }: { status: ArticleStatus }) {
  const t = useT()
  return (
    <span className="status-chip" data-status={status} data-testid="article-item-status">
      <span className="visually-hidden">{t('workflow.chipLabel')} </span>
      {t(statusLabelKey[status])}
    </span>
  )
}
