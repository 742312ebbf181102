import type { ArticleSummary } from '../../../shared/article/article'
import { useT } from '../i18n/locale-context'
import { countByStatus, statusChoices, type StatusChoice } from './status-choice'
import { statusLabelKey } from './status-labels'
import './workflow-status.css'

interface Props {
  articles: readonly ArticleSummary[]
  value: StatusChoice
  onChange: (choice: StatusChoice) => void
}

/** Narrows the library to one workflow status; each choice says how many articles it holds. */
export function StatusFilter({ articles, value, onChange }: Props) {
  const t = useT()
  const counts = countByStatus(articles)
  return (
    <div className="segmented status-filter" role="radiogroup" aria-label={t('library.filterLabel')} data-testid="status-filter">
      {statusChoices.map((choice) => (
        <label key={choice} className="segment" data-checked={value === choice}>
          <input
            type="radio"
            name="status-filter"
            value={choice}
            data-testid={`status-filter-${choice}`}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          <span>{t('workflow.withCount', { label: choice === 'all' ? t('library.filterAll') : t(statusLabelKey[choice]), count: counts[choice] })}</span>
        </label>
      ))}
    </div>
  )
}
