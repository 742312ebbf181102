import { z } from 'zod'
import { ArticleId } from '../article/article'
import { SearchResult } from './search-views'

/** The most suggestions one request answers: a "read also" box holds a handful of links, not a results page. */
export const RELATED_SUGGESTIONS_MAX = 5
/** More than any block holds; bounds what a caller can make the query leave out. */
export const RELATED_LEAVE_OUT_MAX = 500

/**
 * Archive articles on the same subject as an article, for its "read also"
 * block. `leaveOut` names articles already chosen (the block being edited may
 * be ahead of what is stored); the article itself and the articles its stored
 * related blocks hold are left out anyway.
 */
export const RelatedRequest = z.object({
  id: ArticleId,
  leaveOut: z.array(ArticleId).max(RELATED_LEAVE_OUT_MAX).optional()
}).strict()
export type RelatedRequest = z.infer<typeof RelatedRequest>

/**
 * Best first. Each is a search result: the headline with the words it shares
 * with the article marked, and a snippet around the first of them.
 */
export const RelatedSuggestions = z.object({
  results: z.array(SearchResult).max(RELATED_SUGGESTIONS_MAX)
}).strict()
export type RelatedSuggestions = z.infer<typeof RelatedSuggestions>
