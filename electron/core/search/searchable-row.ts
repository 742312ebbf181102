import { ArticleMeta } from '../../../shared/article/meta'
import { ArticleBody } from '../../../shared/article/body'
import { indexedTerms } from '../../../shared/search/search-terms'
import { searchableArticle, type SearchableArticle } from './searchable-article'
import type { ArticleRow } from '../articles/article-row'

export const STORED_COLUMNS = 'id, section, kicker, headline, dek, bylines_json, tags_json, lead_image_json, body_json, plain_text'

/** What the index is made from, as the articles table keeps it. */
export type StoredRow = Pick<ArticleRow, 'id' | 'section' | 'kicker' | 'headline' | 'dek' | 'bylines_json' | 'tags_json' | 'lead_image_json' | 'body_json' | 'plain_text'>

export const parseJson = (text: string | null): unknown => {
  if (text === null) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

// Made once: building a zod schema costs more than reading a row with it.
const StoredMeta = ArticleMeta.partial().catch({})
const StoredBody = ArticleBody.catch({ type: 'doc' })

// A column another program wrote badly still indexes what can be read of the row.
export function searchableOfRow(row: StoredRow): SearchableArticle {
  const meta = StoredMeta.parse({
    section: row.section,
    kicker: row.kicker,
    headline: row.headline,
    dek: row.dek,
    bylines: parseJson(row.bylines_json),
    tags: parseJson(row.tags_json),
    leadImage: parseJson(row.lead_image_json)
  })
  const full = {
    section: meta.section ?? row.section,
    kicker: meta.kicker ?? row.kicker,
    headline: meta.headline ?? row.headline,
    dek: meta.dek ?? row.dek,
    bylines: meta.bylines ?? [],
    tags: meta.tags ?? [],
    leadImage: meta.leadImage ?? null
  } as ArticleMeta
  const body = StoredBody.parse(parseJson(row.body_json))
  // Each body once: the paragraph cache (for an article being edited) would only churn over a whole archive.
  return searchableArticle(full, body, row.plain_text, indexedTerms)
}
