import type { ArticleSummary } from '../../../shared/article/article'
import { clockTime, articleDate } from '../../../shared/text/article-date'
import { useLocale } from '../i18n/locale-context'
import { useNewsroomSettings } from '../settings/settings-context'
import { StatusChip } from '../workflow/StatusChip'
import type { SharedArticleState } from '../../../shared/hub/hub-views'
import { sharedArticleStateKey } from '../hub/hub-state-words'
import type { RowPlace } from './LibraryList'

interface Props {
  article: ArticleSummary
  onOpen: () => void
  onDelete: () => void
  /** Null when the article is not shared with a hub. */
  sync?: SharedArticleState | null
  /** Given when this desk may share (joined a hub, not read-only): true shares, false stops. */
  onShare?: (shared: boolean) => void
  /** In a windowed list: where the row sits, so the list can measure and place it. */
  place?: RowPlace
}

export function ArticleRow({ article, onOpen, onDelete, sync = null, onShare, place }: Props) {
  const { locale, t } = useLocale()
  const { settings } = useNewsroomSettings()
  const headline = article.headline.trim()
  const shownHeadline = headline || t('library.untitled')
  const style = { locale, digits: settings.digitStyle, hijriTwin: settings.hijriTwin, months: settings.monthNames }
  const updatedDate = articleDate(article.updatedAt, style)
  const updatedTime = clockTime(article.updatedAt, style)
  return (
    <li
      ref={place?.measure}
      data-index={place?.index}
      style={place?.style}
      aria-setsize={place?.setSize}
      aria-posinset={place ? place.index + 1 : undefined}
      className="article-item"
      data-testid="article-item"
      tabIndex={0}
      aria-label={t('library.open', { headline: shownHeadline })}
      onClick={onOpen}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) onOpen()
      }}
    >
      <div className="article-item-text">
        <span className={headline ? 'article-item-headline' : 'article-item-headline is-untitled'} dir="auto">
          {shownHeadline}
        </span>
        <span className="article-item-meta">
          <StatusChip status={article.status} />{' '}
          <bdi className="article-item-section" data-testid="article-item-section">
            {article.section || t('library.noSection')}
          </bdi>
          <span aria-hidden="true"> · </span>
          <span data-testid="article-item-words">{t('article.words', { count: article.wordCount })}</span>
          {/* Review still open on the article: said only when there is some, so a quiet row stays short. */}
          {article.openThreads > 0 && (
            <>
              <span aria-hidden="true"> · </span>
              <span data-testid="article-item-threads">{t('library.openThreads', { count: article.openThreads })}</span>
            </>
          )}
          {article.pendingSuggestions > 0 && (
            <>
              <span aria-hidden="true"> · </span>
              <span data-testid="article-item-suggestions">{t('library.pendingSuggestions', { count: article.pendingSuggestions })}</span>
            </>
          )}
          {sync && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="article-item-sync" data-state={sync.state} data-testid="article-item-sync">
                {t(sharedArticleStateKey[sync.state], { count: sync.waiting })}
              </span>
            </>
          )}
          {updatedDate && updatedTime && (
            <>
              <span aria-hidden="true"> · </span>
              <span data-testid="article-item-updated">{t('dates.lastEdited', { date: updatedDate, time: updatedTime })}</span>
            </>
          )}
        </span>
      </div>
      {onShare && (
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="share-article"
          aria-pressed={sync !== null}
          aria-label={t(sync ? 'hub.unshareLabel' : 'hub.shareLabel', { headline: shownHeadline })}
          onClick={(event) => {
            event.stopPropagation()
            onShare(sync === null)
          }}
          onKeyDown={(event) => event.stopPropagation()}
        >
          {t(sync ? 'hub.unshare' : 'hub.share')}
        </button>
      )}
      <button
        type="button"
        className="button button-quiet button-small delete-button"
        data-testid="delete-article"
        aria-label={t('library.deleteLabel', { headline: shownHeadline })}
        onClick={(event) => {
          event.stopPropagation()
          onDelete()
        }}
        onKeyDown={(event) => event.stopPropagation()}
      >
        {t('library.delete')}
      </button>
    </li>
  )
}
