import type { Article } from '../../../shared/article/article'
import { distinctTags, namedBylines } from '../../../shared/article/meta'
import { exportedImagePath } from '../../../shared/schema/figure'
import type { ArticleFigure } from './article-figures'
import { machineDate } from './page-dates'

/**
 * schema.org NewsArticle for search engines (PUBLISHING.md). Empty fields are
 * left out rather than sent as empty strings; the key order is fixed so the
 * same article always serializes to the same bytes.
 */
export function newsArticleData(article: Article, description: string, figures: ArticleFigure[]): Record<string, unknown> {
  const { section, dateline } = article.meta
  const images = [article.meta.leadImage?.mediaId, ...figures.map((figure) => figure.mediaId)].filter(
    (id): id is string => Boolean(id)
  )
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.meta.headline,
    description,
    image: [...new Set(images)].map(exportedImagePath),
    datePublished: machineDate(article.createdAt),
    dateModified: machineDate(article.updatedAt),
    author: namedBylines(article.meta).map((name) => ({ '@type': 'Person', name })),
    articleSection: section,
    inLanguage: 'ar',
    dateline,
    keywords: distinctTags(article.meta).join(', '),
    wordCount: article.wordCount
  }
  const empty = (value: unknown) => value === '' || value === null || (Array.isArray(value) && value.length === 0)
  return Object.fromEntries(Object.entries(data).filter(([, value]) => !empty(value)))
}
