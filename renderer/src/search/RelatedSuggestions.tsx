import { useId } from 'react'
import { useT } from '../i18n/locale-context'
import { failureMessage } from '../common/failure-message'
import { HighlightedText } from './HighlightedText'
import type { PickedArticle } from './ArticlePicker'
import { shownSuggestions } from './shown-suggestions'
import { useRelatedSuggestions } from './use-related-suggestions'
import './search.css'

interface Props {
  /** The article being edited: what the suggestions are for. */
  articleId: string
  /** Articles already in the block: never offered. */
  chosen: readonly string[]
  onPick: (article: PickedArticle) => void
}

/**
 * Archive articles on the same subject as the open article, each a button
 * that adds it to the related block. Says in words when it is still looking,
 * when the archive has nothing on the subject, and what went wrong.
 */
export function RelatedSuggestions({ articleId, chosen, onPick }: Props) {
  const t = useT()
  const titleId = useId()
  const { results, failure, asking, retry } = useRelatedSuggestions(articleId, chosen)
  const shown = shownSuggestions(results, [articleId, ...chosen])

  let status: string | null = null
  if (shown.length === 0 && !failure) status = asking || results === null ? t('related.suggested.loading') : t('related.suggested.none')

  return (
    <div className="related-suggested" role="group" aria-labelledby={titleId} data-testid="related-suggested">
      <span className="related-suggested-title" id={titleId}>
        {t('related.suggested')}
      </span>
      {/* Always there, so a screen reader hears the words change. */}
      <p className="related-suggested-status" role="status" data-testid="related-suggested-status">
        {status}
      </p>
      {failure && (
        <p className="field-error related-suggested-error" role="alert">
          {failureMessage(t, failure)}{' '}
          <button type="button" className="button button-quiet" onClick={retry}>
            {t('related.suggested.retry')}
          </button>
        </p>
      )}
      {shown.length > 0 && (
        <ul className="related-suggested-list">
          {shown.map((result) => {
            const headline = result.article.headline || t('related.untitled')
            return (
              <li key={result.article.id}>
                <button
                  type="button"
                  className="related-suggestion"
                  data-testid="related-suggestion"
                  aria-label={t('related.suggested.add', { headline })}
                  onClick={() => onPick({ id: result.article.id, headline: result.article.headline })}
                >
                  <span className="related-suggestion-add" aria-hidden="true">
                    +
                  </span>
                  <HighlightedText pieces={result.headline.length > 0 ? result.headline : [{ text: headline, match: false }]} />
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
