import type Database from 'better-sqlite3'
import { MidadError } from '../../../shared/contract/errors'
import { highlightAll, highlightSnippet, matcherFor } from '../../../shared/search/highlight'
import { parseQuery } from '../../../shared/search/search-query'
import { indexedTerms } from '../../../shared/search/search-terms'
import { SEARCH_LIMIT_DEFAULT, SEARCH_QUERY_MAX, type SearchRequest, type SearchResults } from '../../../shared/search/search-views'
import { summaryFromRow, type ArticleSummaryRow } from '../articles/article-row'
import { excludedExpression, matchExpression, type ColumnPhrase } from './match-expression'
import { RELEVANCE_SCORE } from './relevance'

/** A date bound as the stored times are written (UTC ISO); a day alone covers the whole day. */
function bound(value: string, end: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = new Date(`${value}T00:00:00.000Z`)
    if (end) day.setUTCDate(day.getUTCDate() + 1)
    return day.toISOString()
  }
  const time = new Date(value)
  // The end of a range given to the millisecond includes that millisecond.
  return new Date(time.getTime() + (end ? 1 : 0)).toISOString()
}

export interface ArticleSearch {
  search(request: SearchRequest): SearchResults
}

export function createArticleSearch(db: Database.Database): ArticleSearch {
  const columns = 'a.id, a.headline, a.section, a.status, a.word_count, a.created_at, a.updated_at, a.open_threads, a.pending_suggestions'
  const statements = new Map<string, Database.Statement>()
  // One prepared statement per shape of query (which filters are present), kept for the next search.
  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      statements.set(sql, statement)
    }
    return statement
  }
  const textOf = db.prepare<[string], { plain_text: string }>('SELECT plain_text FROM articles WHERE id = ?')

  return {
    search(request) {
      if (request.query.length > SEARCH_QUERY_MAX) throw new MidadError('search_query_too_long', { max: SEARCH_QUERY_MAX })
      const from = request.from ? bound(request.from, false) : null
      const to = request.to ? bound(request.to, true) : null
      if (from && to && from >= to) throw new MidadError('search_date_range_reversed', { from: request.from!, to: request.to! })
      const parsed = parseQuery(request.query)
      const ignored = parsed.ignored.length > 0 ? { ignored: parsed.ignored } : {}
      // Typed something, and nothing of it is searchable: say so rather than list the whole archive.
      if (parsed.terms.length === 0 && request.query.trim() !== '') {
        throw new MidadError('search_query_unusable', { query: request.query.slice(0, 80) })
      }

      const phrases: ColumnPhrase[] = []
      if (request.author !== undefined) phrases.push({ column: 'bylines', text: request.author })
      if (request.tag !== undefined) phrases.push({ column: 'tags', text: request.tag })
      // A byline or tag filter with no word in it can name no article.
      if (phrases.some((phrase) => indexedTerms(phrase.text) === '')) return { total: 0, results: [], ...ignored }

      const match = matchExpression(parsed.terms, phrases)
      const excluded = match === null ? excludedExpression(parsed.terms) : null
      const where: string[] = []
      const params: Record<string, unknown> = {}
      if (match !== null) {
        where.push('article_search MATCH @match')
        params.match = match
      }
      if (excluded !== null) {
        where.push('a.id NOT IN (SELECT k2.article_id FROM article_search s2 JOIN search_keys k2 ON k2.key = s2.rowid WHERE article_search MATCH @excluded)')
        params.excluded = excluded
      }
      for (const [name, column, op, value] of [
        ['section', 'a.section', '=', request.section],
        ['status', 'a.status', '=', request.status],
        ['from', 'a.updated_at', '>=', from],
        ['to', 'a.updated_at', '<', to]
      ] as const) {
        if (value === undefined || value === null) continue
        where.push(`${column} ${op} @${name}`)
        params[name] = value
      }
      const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
      const source = match !== null ? 'article_search s JOIN search_keys k ON k.key = s.rowid JOIN articles a ON a.id = k.article_id' : 'articles a'
      const byRelevance = match !== null && request.sort !== 'date'
      const score = byRelevance ? RELEVANCE_SCORE : '0'
      if (byRelevance) params.now = new Date().toISOString()

      // The page and the count in one pass over the matches: the window sees every match before LIMIT cuts them.
      // (Materialized, because FTS5's bm25 cannot be called inside a windowed query.)
      const rows = prepared(`
        WITH hits AS MATERIALIZED (SELECT ${columns}, ${score} AS score FROM ${source} ${filter})
        SELECT *, count(*) OVER () AS total FROM hits ORDER BY score, updated_at DESC, id LIMIT @limit OFFSET @offset`).all({
        ...params,
        limit: request.limit ?? SEARCH_LIMIT_DEFAULT,
        offset: request.offset ?? 0
      }) as (ArticleSummaryRow & { total: number })[]
      // A page past the end has no row to carry the count.
      const total = rows[0]?.total ?? (prepared(`SELECT count(*) AS n FROM ${source} ${filter}`).get(withoutNow(params)) as { n: number }).n

      const matches = matcherFor(parsed.terms)
      const results = rows.map((row) => ({
        article: summaryFromRow(row),
        headline: highlightAll(row.headline, matches),
        snippet: highlightSnippet(textOf.get(row.id)?.plain_text ?? '', matches)
      }))
      return { total, results, ...ignored }
    }
  }
}

// better-sqlite3 refuses a named parameter the statement does not use.
function withoutNow(params: Record<string, unknown>): Record<string, unknown> {
  const { now: _now, ...rest } = params
  return rest
}
