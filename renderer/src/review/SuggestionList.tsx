import { useState } from 'react'
import type { Person } from '../../../shared/people/person'
import { useT } from '../i18n/locale-context'
import type { ArticleReview } from './article-review'
import { PersonName } from './PersonName'
import type { ShownSuggestion } from './review-snapshot'

interface Props {
  suggestions: ShownSuggestion[]
  review: ArticleReview
  people: ReadonlyMap<string, Person>
}

const EVERYONE = ''

/** Pending suggestions: each to accept or reject, or all of them, or all of one person's. */
export function SuggestionList({ suggestions, review, people }: Props) {
  const t = useT()
  const [by, setBy] = useState(EVERYONE)
  const authors = [...new Set(suggestions.map((suggestion) => suggestion.by).filter((id): id is string => id !== null))]
  const chosenBy = authors.includes(by) ? by : EVERYONE
  const chosen = suggestions.filter((suggestion) => chosenBy === EVERYONE || suggestion.by === chosenBy)
  const ids = chosen.map((suggestion) => suggestion.id)
  const locate = (id: string) => {
    const range = review.suggestionRange(id)
    if (range) review.locate(range.from, range.to)
  }
  if (suggestions.length === 0) return <p className="review-empty">{t('review.noSuggestions')}</p>
  return (
    <>
      <div className="suggestion-batch" role="group" aria-label={t('review.batchLabel')}>
        {authors.length > 1 && (
          <label className="review-filter">
            <span>{t('review.suggestedBy')}</span>
            <select data-testid="suggestions-by" value={chosenBy} onChange={(event) => setBy(event.target.value)}>
              <option value={EVERYONE}>{t('review.everyone')}</option>
              {authors.map((id) => (
                <option key={id} value={id}>
                  {people.get(id)?.name ?? t('review.someone')}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button button-small" data-testid="accept-all" onClick={() => review.decide('accept', ids)}>
          {t('review.acceptAll', { count: ids.length })}
        </button>
        <button type="button" className="button button-quiet button-small" data-testid="reject-all" onClick={() => review.decide('reject', ids)}>
          {t('review.rejectAll', { count: ids.length })}
        </button>
      </div>
      <ul className="suggestion-list">
        {chosen.map((suggestion) => (
          <li key={suggestion.id} className="suggestion-card" data-testid="suggestion" data-suggestion={suggestion.id}>
            <button type="button" className="suggestion-what" data-testid="suggestion-locate" title={t('review.locate')} onClick={() => locate(suggestion.id)}>
              <PersonName id={suggestion.by} people={people} />
              {suggestion.deleted && (
                <span className="suggestion-removes">
                  {t('review.removes')} <bdi>«{suggestion.deleted}»</bdi>
                </span>
              )}
              {suggestion.inserted && (
                <span className="suggestion-adds">
                  {t('review.adds')} <bdi>«{suggestion.inserted}»</bdi>
                </span>
              )}
              {suggestion.changesFormat && !suggestion.inserted && !suggestion.deleted && <span>{t('review.changesFormat')}</span>}
            </button>
            <div className="suggestion-actions">
              <button type="button" className="button button-small" data-testid="suggestion-accept" onClick={() => review.decide('accept', [suggestion.id])}>
                {t('review.accept')}
              </button>
              <button type="button" className="button button-quiet button-small" data-testid="suggestion-reject" onClick={() => review.decide('reject', [suggestion.id])}>
                {t('review.reject')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
