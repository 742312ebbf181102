import { z } from 'zod'
import { ArticleSummary } from '../article/article'
import { ArticleStatus } from '../article/status'

/** Longest query the search accepts, in UTF-16 units; a longer one is refused, not cut. */
export const SEARCH_QUERY_MAX = 10_000
export const SEARCH_LIMIT_MAX = 100
export const SEARCH_LIMIT_DEFAULT = 20

// A calendar day (2026-12-03) or a full ISO time; a day bound covers the whole day.
const isoDate = z.string().max(40).refine((text) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text) && !Number.isNaN(Date.parse(text)), {
  message: 'not an ISO date'
})

/**
 * What a journalist asks of the archive. The query speaks words (all must be
 * there), "exact phrases", prefixes (اقتصا*) and exclusions (-رياضة); the
 * filters narrow it. Dates are the article's last edit (updatedAt).
 */
export const SearchRequest = z.object({
  query: z.string().max(SEARCH_QUERY_MAX),
  section: z.string().max(200).optional(),
  status: ArticleStatus.optional(),
  /** A byline, matched as the byline's words (normalized as the query is). */
  author: z.string().max(200).optional(),
  tag: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['relevance', 'date']).optional(),
  limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).optional(),
  offset: z.number().int().nonnegative().optional()
}).strict()
export type SearchRequest = z.infer<typeof SearchRequest>

/**
 * A piece of text cut into runs of the ORIGINAL characters, those that
 * matched the query marked: a match found through normalization or a prefix
 * still marks the words as the article spells them.
 */
export const Highlighted = z.array(z.object({ text: z.string(), match: z.boolean() }).strict())
export type Highlighted = z.infer<typeof Highlighted>

export const SearchResult = z.object({
  article: ArticleSummary,
  headline: Highlighted,
  /** About thirty words of the body around its first match (its start when only the headline or metadata matched). */
  snippet: Highlighted
}).strict()
export type SearchResult = z.infer<typeof SearchResult>

export const SearchResults = z.object({
  /** Every article the query and filters find, not only this page. */
  total: z.number().int().nonnegative(),
  results: z.array(SearchResult),
  /** Words of the query searched for nothing (too common to mean anything), to tell the journalist. */
  ignored: z.array(z.string()).optional()
}).strict()
export type SearchResults = z.infer<typeof SearchResults>
