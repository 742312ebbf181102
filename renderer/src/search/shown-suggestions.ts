import type { SearchResult } from '../../../shared/search/search-views'

/**
 * The suggestions to offer now. An answer may still name an article chosen
 * after it was asked for: that one goes at once, without waiting for the
 * next answer. The order is kept.
 */
export function shownSuggestions(results: readonly SearchResult[] | null, leaveOut: readonly string[]): SearchResult[] {
  if (!results) return []
  const left = new Set(leaveOut)
  return results.filter((result) => !left.has(result.article.id))
}
