import type { StatusChange } from '../../../shared/article/status'
import { useT } from '../i18n/locale-context'
import { statusLabelKey } from './status-labels'

/**
 * Said once the save that undid an approval is stored: the journalist learns
 * why the status select now reads "in review", and the desk that the text
 * needs approving again.
 */
export function BackToReviewNotice({ change, onDismiss, onCompare }: { change: StatusChange; onDismiss: () => void; onCompare: () => void }) {
  const t = useT()
  const from = change.from ? t(statusLabelKey[change.from]) : t(statusLabelKey.approved)
  return (
    <div className="notice back-to-review-notice" role="status" data-testid="back-to-review-notice">
      <p>{t('workflow.backToReview', { status: from })}</p>
      <button type="button" className="button" data-testid="compare-approved" onClick={onCompare}>
        {t('workflow.compareApproved')}
      </button>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('message.dismiss')}
      </button>
    </div>
  )
}
