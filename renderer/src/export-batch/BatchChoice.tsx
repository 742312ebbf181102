import { useId } from 'react'
import type { LibraryCounts } from '../../../shared/article/library-page'
import { useT } from '../i18n/locale-context'
import { statusChoices, type StatusChoice } from '../workflow/status-choice'
import { statusLabelKey } from '../workflow/status-labels'

const choiceLabelKey = {
  all: 'batch.pick.all',
  draft: 'batch.pick.draft',
  in_review: 'batch.pick.in_review',
  approved: 'batch.pick.approved',
  published: 'batch.pick.published'
} as const satisfies Record<StatusChoice, string>

interface Props {
  counts: LibraryCounts
  choice: StatusChoice
  onChoose: (choice: StatusChoice) => void
  /** Id of the text that says how many go, or why none can: Start is described by it. */
  countId: string
}

/** Which articles a batch takes: those at one status, or all, with how many each choice means. */
export function BatchChoice({ counts, choice, onChoose, countId }: Props) {
  const t = useT()
  const legendId = useId()
  const count = counts[choice]
  const reason = count > 0 ? null : choice === 'all' ? t('batch.noneAtAll') : t('batch.noneWithStatus', { status: t(statusLabelKey[choice]) })
  return (
    <>
      <div className="batch-choice" role="radiogroup" aria-labelledby={legendId}>
        <span id={legendId} className="batch-choice-legend">
          {t('batch.which')}
        </span>
        {/* Approved first: that is what a web desk usually sends. */}
        {['approved' as const, ...statusChoices.filter((option) => option !== 'approved')].map((option) => (
          <label key={option} className="batch-choice-option">
            <input
              type="radio"
              name="batch-choice"
              value={option}
              data-testid={`batch-choice-${option}`}
              checked={choice === option}
              onChange={() => onChoose(option)}
            />
            <span>{t('workflow.withCount', { label: t(choiceLabelKey[option]), count: counts[option] })}</span>
          </label>
        ))}
      </div>
      <p id={countId} className={reason ? 'batch-count is-empty' : 'batch-count'} data-testid="batch-count">
        {reason ?? t('batch.selected', { count })}
      </p>
    </>
  )
}
