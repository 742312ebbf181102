import type { Article } from '../../../shared/article/article'
import { distinctTags } from '../../../shared/article/meta'
import { seoTitleOf } from '../../../shared/article/seo-defaults'
import type { NewsroomSettings } from '../../../shared/settings/newsroom-settings'
import { escapeAttribute } from './html-escape'
import { machineDate } from './page-dates'
import type { PublicationFacts } from './publication-facts'

type MetaTag = ['name' | 'property', string, string | number | null]

/**
 * Open Graph and Twitter card tags for link previews. With a base URL every
 * address is absolute, as preview crawlers need; without one the picture is
 * the export folder's relative path, for the website to resolve.
 */
export function socialMetaTags(article: Article, facts: PublicationFacts, settings: Pick<NewsroomSettings, 'siteName'>): string {
  // An untitled article's page still needs a <title>; its previews take none rather than a placeholder.
  const title = seoTitleOf(article.meta)
  const { description, shareImage } = facts
  const tags: MetaTag[] = [
    ['property', 'og:type', 'article'],
    ['property', 'og:locale', 'ar_AR'],
    ['property', 'og:site_name', settings.siteName],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['property', 'og:url', facts.canonical],
    ['property', 'og:image', shareImage?.url ?? null],
    ['property', 'og:image:width', shareImage?.width ?? null],
    ['property', 'og:image:height', shareImage?.height ?? null],
    ['property', 'og:image:alt', shareImage?.alt || null],
    ['property', 'article:published_time', facts.published],
    ['property', 'article:modified_time', machineDate(article.updatedAt)],
    ['property', 'article:section', article.meta.section.trim()],
    ...distinctTags(article.meta).map((tag): MetaTag => ['property', 'article:tag', tag]),
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', shareImage?.url ?? null],
    ['name', 'twitter:image:alt', shareImage?.alt || null]
  ]
  return tags
    .filter(([, , value]) => value !== null && value !== '')
    .map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escapeAttribute(String(value))}">`)
    .join('\n')
}
