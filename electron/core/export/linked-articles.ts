import { articleUrl } from '../../../shared/publishing/article-address'
import { publishedArticlePath } from '../../../shared/schema/internal-link'
import type { PublicationContext } from './publication-context'

/**
 * Where a link to another article of the library points on the published
 * page: its canonical address when the site has a base URL, else its export
 * folder beside this one (`../<id>/index.html`, as the CLI and the app write
 * exports side by side). An article that no longer exists has no address:
 * null, and the link is published as plain text rather than a dead link.
 */
export function linkedArticleHref(context: Pick<PublicationContext, 'settings' | 'articles'>, articleId: string): string | null {
  const target = context.articles(articleId)
  if (!target) return null
  return articleUrl(context.settings, target) ?? publishedArticlePath(articleId)
}
