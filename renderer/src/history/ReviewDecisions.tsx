import type * as Y from 'yjs'
import { useEffect, useState } from 'react'
import { decisionConflicts, readDecisions, type DecisionRecord } from '../../../shared/review/suggestion-records'
import { useT } from '../i18n/locale-context'
import { PersonName } from '../review/PersonName'
import { useKnownPeople } from '../review/use-known-people'

interface Props {
  document: Y.Doc
  when: (stored: string) => string
}

const quoted = (words: string) => (words ? `«${words}»` : '')

/**
 * Every decision made on a suggestion, newest first, with who suggested it,
 * who decided and when; decisions two desks made apart on the same suggestion
 * are flagged first, with what each side wanted, since the merged text keeps
 * neither side's whole intent.
 */
export function ReviewDecisions({ document, when }: Props) {
  const t = useT()
  const [decisions, setDecisions] = useState<DecisionRecord[]>(() => readDecisions(document))
  useEffect(() => {
    const array = document.getArray('decisions')
    const reread = () => setDecisions(readDecisions(document))
    array.observe(reread)
    return () => array.unobserve(reread)
  }, [document])
  const conflicts = decisionConflicts(decisions)
  const people = useKnownPeople(decisions.map((decision) => `${decision.by} ${decision.suggestedBy ?? ''}`).join(' '))
  if (decisions.length === 0) return null
  return (
    <section className="history-decisions" aria-labelledby="decisions-title" data-testid="review-decisions">
      <h3 id="decisions-title">{t('history.decisions')}</h3>
      {conflicts.length > 0 && (
        <ul className="decision-conflicts" data-testid="decision-conflicts">
          {conflicts.map((conflict) => (
            <li key={conflict.suggestion} className="notice decision-conflict" data-testid="decision-conflict">
              <strong>{t('history.conflict')}</strong>{' '}
              <PersonName id={conflict.accepted.by} people={people} /> {t('history.conflictAccepted')} <PersonName id={conflict.rejected.by} people={people} />{' '}
              {t('history.conflictRejected')} <bdi>{quoted(conflict.accepted.inserted)}</bdi> {conflict.accepted.deleted && <>{t('review.removes')} <bdi>{quoted(conflict.accepted.deleted)}</bdi></>}
            </li>
          ))}
        </ul>
      )}
      <ol className="decision-list">
        {[...decisions].reverse().map((decision, index) => (
          <li key={`${decision.suggestion}-${decision.by}-${index}`} className="decision" data-testid="decision" data-decision={decision.decision}>
            <time dateTime={decision.at}>{when(decision.at)}</time> <PersonName id={decision.by} people={people} />{' '}
            {t(decision.decision === 'accept' ? 'history.accepted' : 'history.rejected')}{' '}
            {decision.deleted && (
              <span className="suggestion-removes">
                {t('review.removes')} <bdi>{quoted(decision.deleted)}</bdi>
              </span>
            )}{' '}
            {decision.inserted && (
              <span className="suggestion-adds">
                {t('review.adds')} <bdi>{quoted(decision.inserted)}</bdi>
              </span>
            )}{' '}
            {t('history.suggestedBy')} <PersonName id={decision.suggestedBy} people={people} />
          </li>
        ))}
      </ol>
    </section>
  )
}
