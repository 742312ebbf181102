import type { Article, ArticleSummary } from '../../../shared/article/article'
import type { ArticleBody } from '../../../shared/article/body'
import { LeadImage, type ArticleMeta } from '../../../shared/article/meta'
import { ArticleStatus } from '../../../shared/article/status'
import type { SlugScript } from '../../../shared/text/slug'

/** An `articles` row as SQLite returns it. */
export interface ArticleRow {
  id: string
  section: string
  kicker: string
  headline: string
  dek: string
  bylines_json: string
  dateline: string
  tags_json: string
  slug: string
  slug_is_custom: number
  slug_script: string
  seo_title: string
  seo_description: string
  lead_image_json: string | null
  body_json: string
  plain_text: string
  status: string
  word_count: number
  version: number
  created_at: string
  updated_at: string
  open_threads: number
  pending_suggestions: number
}

export type ArticleSummaryRow = Pick<
  ArticleRow,
  'id' | 'headline' | 'section' | 'status' | 'word_count' | 'created_at' | 'updated_at' | 'open_threads' | 'pending_suggestions'
>

/** Told of a stored column that could not be read, so the store can log it. */
export type UnreadableColumn = (column: string, error: unknown) => void

// Lists are stored as JSON text; a value another program wrote badly reads as
// empty rather than taking the article down with it, and is reported.
function stringList(json: string, column: string, unreadable: UnreadableColumn): string[] {
  try {
    const value: unknown = JSON.parse(json)
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
    unreadable(column, 'not a list')
    return []
  } catch (error) {
    unreadable(column, error)
    return []
  }
}

// The column's CHECK keeps other values out; a database edited by hand reads as a draft.
export const statusOf = (value: string): ArticleStatus => ArticleStatus.catch('draft').parse(value)

function leadImage(json: string | null, unreadable: UnreadableColumn): ArticleMeta['leadImage'] {
  if (!json) return null
  try {
    const parsed = LeadImage.safeParse(JSON.parse(json))
    if (!parsed.success) unreadable('lead_image_json', parsed.error.message)
    return parsed.success ? parsed.data : null
  } catch (error) {
    unreadable('lead_image_json', error)
    return null
  }
}

/** The columns a meta is written to, as named parameters. */
export function metaColumns(meta: ArticleMeta): Record<string, string | number | null> {
  return {
    section: meta.section,
    kicker: meta.kicker,
    headline: meta.headline,
    dek: meta.dek,
    bylinesJson: JSON.stringify(meta.bylines),
    dateline: meta.dateline,
    tagsJson: JSON.stringify(meta.tags),
    slug: meta.slug,
    slugIsCustom: meta.slugIsCustom ? 1 : 0,
    slugScript: meta.slugScript,
    seoTitle: meta.seoTitle,
    seoDescription: meta.seoDescription,
    leadImageJson: meta.leadImage ? JSON.stringify(meta.leadImage) : null
  }
}

export function articleFromRow(row: ArticleRow, unreadable: UnreadableColumn = () => undefined): Article {
  return {
    id: row.id,
    meta: {
      section: row.section,
      kicker: row.kicker,
      headline: row.headline,
      dek: row.dek,
      bylines: stringList(row.bylines_json, 'bylines_json', unreadable),
      dateline: row.dateline,
      tags: stringList(row.tags_json, 'tags_json', unreadable),
      slug: row.slug,
      slugIsCustom: row.slug_is_custom === 1,
      slugScript: (row.slug_script === 'latin' ? 'latin' : 'arabic') satisfies SlugScript,
      seoTitle: row.seo_title,
      seoDescription: row.seo_description,
      leadImage: leadImage(row.lead_image_json, unreadable)
    },
    body: JSON.parse(row.body_json) as ArticleBody,
    status: statusOf(row.status),
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
    status: statusOf(row.status),
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    openThreads: row.open_threads,
    pendingSuggestions: row.pending_suggestions
  }
}
