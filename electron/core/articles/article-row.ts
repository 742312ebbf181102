import type { Article, ArticleSummary } from '../../../shared/article/article'
import type { ArticleBody } from '../../../shared/article/body'

/** An `articles` row as SQLite returns it. */
export interface ArticleRow {
  id: string
  section: string
  kicker: string
  headline: string
  dek: string
  byline: string
  dateline: string
  body_json: string
  plain_text: string
  word_count: number
  version: number
  created_at: string
  updated_at: string
}

export type ArticleSummaryRow = Pick<ArticleRow, 'id' | 'headline' | 'section' | 'word_count' | 'updated_at'>

export function articleFromRow(row: ArticleRow): Article {
  return {
    id: row.id,
    meta: {
      section: row.section,
      kicker: row.kicker,
      headline: row.headline,
      dek: row.dek,
      byline: row.byline,
      dateline: row.dateline
    },
    body: JSON.parse(row.body_json) as ArticleBody,
    version: row.version,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

export function summaryFromRow(row: ArticleSummaryRow): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    section: row.section,
    wordCount: row.word_count,
    updatedAt: row.updated_at
  }
}
