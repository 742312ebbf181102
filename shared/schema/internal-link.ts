/**
 * A link from one article to another in the library. The body stores the
 * article's id (`midad:article/<uuid>`), not a URL: the site's addresses are
 * not known until publishing settings exist, and an id survives a headline
 * change. The exporter maps it to the sibling page `../<id>/index.html`.
 */
const prefix = 'midad:article/'
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const internalArticleHref = (articleId: string): string => `${prefix}${articleId}`

/** The article id an internal link names, or null for any other href. */
export function articleIdOfHref(href: string): string | null {
  if (!href.startsWith(prefix)) return null
  const id = href.slice(prefix.length)
  return uuid.test(id) ? id.toLowerCase() : null
}

export const isArticleId = (value: unknown): value is string => typeof value === 'string' && uuid.test(value)

/** Where an exported page finds another exported article: a sibling folder. */
export const publishedArticlePath = (articleId: string): string => `../${articleId}/index.html`

const publishedPath = /^\.\.\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/index\.html$/

/** Only the exporter writes this form; the stored body never holds it. */
export const isPublishedArticlePath = (href: string): boolean => publishedPath.test(href)
