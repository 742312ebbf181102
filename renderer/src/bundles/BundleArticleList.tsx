import type { BundleArticleChange } from '../../../shared/bundle/bundle-views'
import { articleDate } from '../../../shared/text/article-date'
import { useLocale } from '../i18n/locale-context'
import { useNewsroomSettings } from '../settings/settings-context'

const outcomeKey = {
  new: 'bundle.outcome.new',
  returns: 'bundle.outcome.returns',
  merged: 'bundle.outcome.merged',
  unchanged: 'bundle.outcome.unchanged'
} as const

interface Props {
  articles: readonly BundleArticleChange[]
  /** After the merge: each article can be opened from here. */
  onOpenArticle?: (id: string) => void
}

/** Per article of a bundle: new here or merged, and what the merge brings (words, comments, suggestions, revisions). */
export function BundleArticleList({ articles, onOpenArticle }: Props) {
  const { locale, t } = useLocale()
  const { settings } = useNewsroomSettings()
  const dateOf = (at: string | undefined) => (at ? articleDate(at, { locale, digits: settings.digitStyle, hijriTwin: settings.hijriTwin, months: settings.monthNames }) : null) ?? ''
  return (
    <ul className="bundle-articles" data-testid="bundle-articles">
      {articles.map((article) => {
        const headline = article.headline.trim() || t('library.untitled')
        const parts = [
          article.outcome === 'unchanged' ? null : t('bundle.words', { added: article.wordsAdded, removed: article.wordsRemoved }),
          article.newThreads > 0 ? t('bundle.threads', { count: article.newThreads }) : null,
          article.newSuggestions > 0 ? t('bundle.suggestions', { count: article.newSuggestions }) : null,
          article.newRevisions > 0 ? t('bundle.revisions', { count: article.newRevisions }) : null,
          article.pictures > 0 ? t('bundle.pictures', { count: article.pictures }) : null
        ].filter((part): part is string => part !== null)
        return (
          <li key={article.id} className="bundle-article" data-testid="bundle-article" data-outcome={article.outcome}>
            {onOpenArticle ? (
              <button type="button" className="button button-quiet button-small bundle-article-headline" dir="auto" onClick={() => onOpenArticle(article.id)}>
                {headline}
              </button>
            ) : (
              <bdi className="bundle-article-headline">{headline}</bdi>
            )}{' '}
            <span className="bundle-outcome">{t(outcomeKey[article.outcome], { date: dateOf(article.deletedAt) })}</span>
            {parts.length > 0 && <span className="bundle-article-changes"> · {parts.join(' · ')}</span>}
          </li>
        )
      })}
    </ul>
  )
}
