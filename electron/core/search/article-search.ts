import type Database from 'better-sqlite3'
import { MidadError } from '../../../shared/contract/errors'
import { highlightAll, highlightSnippet, matcherFor } from '../../../shared/search/highlight'
import { parseQuery } from '../../../shared/search/search-query'
import { indexedTerms } from '../../../shared/search/search-terms'
import { SEARCH_LIMIT_DEFAULT, SEARCH_QUERY_MAX, type SearchRequest, type SearchResults } from '../../../shared/search/search-views'
import { summaryFromRow, type ArticleSummaryRow } from '../articles/article-row'
import { excludedExpression, matchExpression, type ColumnPhrase } from './match-expression'
import { KEYS_EDIT_DAY, editDayOf, relevanceScore, todayParameter } from './relevance'

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

interface Filters {
  section: string | undefined
  status: string | undefined
  from: string | null
  to: string | null
}

interface Page {
  page: ArticleSummaryRow[]
  total: number
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
  // Schema step 13 keeps the filters beside each key; a read-only file from before it is filtered on its rows.
  const keysHoldFilters = db.prepare("SELECT 1 FROM pragma_table_info('search_keys') WHERE name = 'status'").get() !== undefined
  const filtersOn = keysHoldFilters ? 'k' : 'a'
  // Step 15 keeps the edit time as a day number too; before it, each match's time is parsed.
  const keysHoldEditDay = db.prepare("SELECT 1 FROM pragma_table_info('search_keys') WHERE name = 'edit_day'").get() !== undefined
  const editDay = keysHoldEditDay ? KEYS_EDIT_DAY : editDayOf(filtersOn)

  /** The conditions of the filters on the given table's columns, and their parameters. */
  const filtering = (on: string, filters: Filters, params: Record<string, unknown>): string[] => {
    const where: string[] = []
    for (const [name, column, op, value] of [
      ['section', 'section', '=', filters.section],
      ['status', 'status', '=', filters.status],
      ['from', 'updated_at', '>=', filters.from],
      ['to', 'updated_at', '<', filters.to]
    ] as const) {
      if (value === undefined || value === null) continue
      where.push(`${on}.${column} ${op} @${name}`)
      params[name] = value
    }
    return where
  }

  /**
   * A page of the articles the expression matches, and how many match in all.
   * Matches are weighed and filtered on the narrow search_keys alone: a common
   * word matches most of the archive, and reading each match's article row
   * (body and all) cost more than the engine's own work. Only the page's rows are read.
   */
  const matchingPage = (match: string, filters: Filters, byDate: boolean, limit: number, offset: number): Page => {
    const params: Record<string, unknown> = { match }
    const source = `article_search s JOIN search_keys k ON k.key = s.rowid${keysHoldFilters ? '' : ' JOIN articles a ON a.id = k.article_id'}`
    const conditions = filtering(filtersOn, filters, params)
    const filter = ['article_search MATCH @match', ...conditions].join(' AND ')
    const score = byDate ? '0' : relevanceScore(editDay)
    const order = 'score, updated_at DESC, id'
    const hit = `SELECT k.article_id AS id, ${filtersOn}.updated_at AS updated_at, ${score} AS score FROM ${source} WHERE ${filter}`
    const scored = byDate ? params : { ...params, today: todayParameter() }
    const toArticles = 'JOIN articles a ON a.id = page.id ORDER BY page.score, page.updated_at DESC, page.id'
    if (conditions.length > 0) {
      // Filtered: the matches that pass are gathered once; the page and the count both read them.
      const page = prepared(`
        WITH hits AS MATERIALIZED (${hit}),
        page AS MATERIALIZED (SELECT * FROM hits ORDER BY ${order} LIMIT @limit OFFSET @offset)
        SELECT ${columns}, (SELECT count(*) FROM hits) AS total FROM page ${toArticles}`).all({ ...scored, limit, offset }) as (ArticleSummaryRow & { total: number })[]
      // A page past the end has no row to carry the count.
      const total = page[0]?.total ?? (prepared(`SELECT count(*) AS n FROM ${source} WHERE ${filter}`).get(params) as { n: number }).n
      return { page, total }
    }
    // Unfiltered, a word may be in most of the archive: gathering every match cost more than weighing
    // them twice over. The engine keeps only the page's best rows as it goes, and the index alone
    // counts (every row of the index has its key: both are written, and deleted, together).
    const page = prepared(`
      WITH page AS MATERIALIZED (${hit} ORDER BY ${order} LIMIT @limit OFFSET @offset)
      SELECT ${columns} FROM page ${toArticles}`).all({ ...scored, limit, offset }) as ArticleSummaryRow[]
    const total = (prepared('SELECT count(*) AS n FROM article_search WHERE article_search MATCH @match').get(params) as { n: number }).n
    return { page, total }
  }

  /** A page of the archive with no word asked for: the filters alone, less what the exclusions match. */
  const filteredPage = (excluded: string | null, filters: Filters, limit: number, offset: number): Page => {
    const params: Record<string, unknown> = {}
    const where = filtering('a', filters, params)
    if (excluded !== null) {
      where.unshift('a.id NOT IN (SELECT k2.article_id FROM article_search s2 JOIN search_keys k2 ON k2.key = s2.rowid WHERE article_search MATCH @excluded)')
      params.excluded = excluded
    }
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
    const page = prepared(`SELECT ${columns}, count(*) OVER () AS total FROM articles a ${filter} ORDER BY a.updated_at DESC, a.id LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as (ArticleSummaryRow & { total: number })[]
    // A page past the end has no row to carry the count.
    const total = page[0]?.total ?? (prepared(`SELECT count(*) AS n FROM articles a ${filter}`).get(params) as { n: number }).n
    return { page, total }
  }

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
      const limit = request.limit ?? SEARCH_LIMIT_DEFAULT
      const offset = request.offset ?? 0
      const rows = match !== null
        ? matchingPage(match, { section: request.section, status: request.status, from, to }, request.sort === 'date', limit, offset)
        : filteredPage(excludedExpression(parsed.terms), { section: request.section, status: request.status, from, to }, limit, offset)
      const total = rows.total

      const matches = matcherFor(parsed.terms)
      const results = rows.page.map((row) => ({
        article: summaryFromRow(row),
        headline: highlightAll(row.headline, matches),
        snippet: highlightSnippet(textOf.get(row.id)?.plain_text ?? '', matches)
      }))
      return { total, results, ...ignored }
    }
  }
}
