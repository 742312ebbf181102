import type { MidadFailure } from '../../../shared/contract/errors'
import { failureMessage } from '../common/failure-message'
import { useT } from '../i18n/locale-context'
import { StatusChip } from '../workflow/StatusChip'
import { HighlightedText } from './HighlightedText'
import type { ArchiveAnswer } from './use-archive-search'
import './search.css'

interface Props {
  answer: ArchiveAnswer | null
  failure: MidadFailure | null
  searching: boolean
  onOpen: (id: string) => void
  onMore: () => void
}

/** What the archive found: how many, the words left out, and each article with its matches marked. */
export function SearchResultList({ answer, failure, searching, onOpen, onMore }: Props) {
  const t = useT()
  if (failure) {
    return (
      <p className="search-refused" role="alert" data-testid="search-error">
        {failureMessage(t, failure)}
      </p>
    )
  }
  if (!answer) return <p className="library-empty">{searching ? t('search.searching') : ''}</p>
  return (
    <section className="search-results" aria-label={t('search.resultsLabel')} data-testid="search-results" data-query={answer.query}>
      <p className="search-count" role="status" data-testid="search-count">
        {t('search.count', { count: answer.total })}
        {answer.ignored.length > 0 && <span className="search-ignored"> {t('search.ignored', { words: answer.ignored.join('، ') })}</span>}
      </p>
      <ul className="article-list">
        {answer.results.map(({ article, headline, snippet }) => (
          <li
            key={article.id}
            className="article-item search-result"
            data-testid="search-result"
            tabIndex={0}
            aria-label={t('library.open', { headline: article.headline.trim() || t('library.untitled') })}
            onClick={() => onOpen(article.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(article.id)
            }}
          >
            <div className="article-item-text">
              <HighlightedText className="article-item-headline" pieces={headline.length > 0 ? headline : [{ text: t('library.untitled'), match: false }]} />
              {snippet.length > 0 && <HighlightedText className="search-snippet" pieces={snippet} />}
              <span className="article-item-meta">
                <StatusChip status={article.status} /> <bdi className="article-item-section">{article.section || t('library.noSection')}</bdi>
              </span>
            </div>
          </li>
        ))}
      </ul>
      {answer.results.length < answer.total && (
        <button type="button" className="button" data-testid="search-more" disabled={searching} onClick={onMore}>
          {t('search.more', { count: answer.total - answer.results.length })}
        </button>
      )}
    </section>
  )
}
