import type { Article } from '../../../shared/article/article'
import { seoDescriptionOf } from '../../../shared/article/seo-defaults'

/** What search results and link previews show under the headline (shared/article/seo-defaults). */
export function pageDescription(article: Article): string {
  return seoDescriptionOf(article.meta, article.body)
}
