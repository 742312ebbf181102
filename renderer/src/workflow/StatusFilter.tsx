import type { LibraryCounts } from '../../../shared/article/library-page'
import { useT } from '../i18n/locale-context'
import { statusChoices, type StatusChoice } from './status-choice'
import { statusLabelKey } from './status-labels'
import './workflow-status.css'

interface Props {
  /** How many articles the whole library holds at each status, from the database. */
  counts: LibraryCounts
  value: StatusChoice
  onChange: (choice: StatusChoice) => void
}

/** Narrows the library to one workflow status; each choice says how many articles it holds. */
export function StatusFilter({ counts, value, onChange }: Props) {
  const t = useT()
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
