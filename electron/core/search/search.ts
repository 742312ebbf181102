import type Database from 'better-sqlite3'
import type { SearchRequest, SearchResults } from '../../../shared/search/search-views'
import type { RelatedRequest, RelatedSuggestions } from '../../../shared/search/related-views'
import type { Log } from '../log/log'
import { createArticleSearch } from './article-search'
import { createSearchIndex } from './search-index'
import { createRelatedSuggestions } from './related-suggestions'

/** The archive's search, as core offers it. */
export interface Search {
  searchArticles(request: SearchRequest): SearchResults
  /** Up to five archive articles on the same subject as the article, for its related block; not_found for an unknown id. */
  suggestRelated(request: RelatedRequest): RelatedSuggestions
  /** Builds the search index again from every article (midad reindex). */
  reindexArticles(): { articles: number; ms: number }
}

/**
 * The search over one database. The index is built here, the first time a
 * database is opened after the schema step that made it, and again whenever
 * this build normalizes or stems differently from the build that filled it.
 */
export function createSearch(db: Database.Database, log: Log): Search {
  const index = createSearchIndex(db)
  const reindexArticles = () => {
    const started = performance.now()
    const articles = index.rebuild()
    return { articles, ms: Math.round(performance.now() - started) }
  }
  if (!db.readonly && !index.isCurrent()) {
    const built = reindexArticles()
    log.info('search index built', built)
  }
  const search = createArticleSearch(db)
  const related = createRelatedSuggestions(db)
  return { searchArticles: (request) => search.search(request), suggestRelated: (request) => related.suggest(request), reindexArticles }
}
