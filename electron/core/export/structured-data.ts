import type { Article } from '../../../shared/article/article'
import { exportedImagePath } from '../../../shared/schema/figure'
import type { ArticleFigure } from './article-figures'
import { machineDate } from './page-dates'

/**
 * schema.org NewsArticle for search engines (PUBLISHING.md). Empty fields are
 * left out rather than sent as empty strings; the key order is fixed so the
 * same article always serializes to the same bytes.
 */
export function newsArticleData(article: Article, description: string, figures: ArticleFigure[]): Record<string, unknown> {
  const { headline, section, byline, dateline } = article.meta
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    description,
    image: figures.map((figure) => exportedImagePath(figure.mediaId)),
    datePublished: machineDate(article.createdAt),
    dateModified: machineDate(article.updatedAt),
    author: byline.trim() ? [{ '@type': 'Person', name: byline.trim() }] : [],
    articleSection: section,
    inLanguage: 'ar',
    dateline,
    wordCount: article.wordCount
  }
  const empty = (value: unknown) => value === '' || value === null || (Array.isArray(value) && value.length === 0)
  return Object.fromEntries(Object.entries(data).filter(([, value]) => !empty(value)))
}
