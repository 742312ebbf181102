import type { Article } from '../../../shared/article/article'
import { distinctTags } from '../../../shared/article/meta'
import { seoTitleOf } from '../../../shared/article/seo-defaults'
import { exportedImagePath } from '../../../shared/schema/figure'
import type { ArticleFigure } from './article-figures'
import { escapeAttribute } from './html-escape'
import { machineDate } from './page-dates'

type MetaTag = ['name' | 'property', string, string | number | null]

/**
 * Open Graph and Twitter card tags for link previews. Image URLs are relative
 * (`images/<mediaId>`): the export knows no site address, and the website that
 * takes the page resolves them against its own.
 */
export function socialMetaTags(article: Article, description: string, shareImage: ArticleFigure | undefined): string {
  const { section } = article.meta
  const title = seoTitleOf(article.meta)
  const image = shareImage ? exportedImagePath(shareImage.mediaId) : null
  const tags: MetaTag[] = [
    ['property', 'og:type', 'article'],
    ['property', 'og:locale', 'ar_AR'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['property', 'og:image', image],
    ['property', 'og:image:alt', shareImage?.alt || null],
    ['property', 'og:image:width', shareImage?.width ?? null],
    ['property', 'og:image:height', shareImage?.height ?? null],
    ['property', 'article:published_time', machineDate(article.createdAt)],
    ['property', 'article:modified_time', machineDate(article.updatedAt)],
    ['property', 'article:section', section],
    ...distinctTags(article.meta).map((tag): MetaTag => ['property', 'article:tag', tag]),
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', shareImage?.alt || null]
  ]
  return tags
    .filter(([, , value]) => value !== null && value !== '')
    .map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escapeAttribute(String(value))}">`)
    .join('\n')
}
