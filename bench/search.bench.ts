import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type Database from 'better-sqlite3'
import { openDatabase } from '../electron/core/db/open-database'
import { nullLog } from '../electron/core/log/log'
import { excludedExpression, matchExpression } from '../electron/core/search/match-expression'
import { createSearch, type Search } from '../electron/core/search/search'
import { createSearchIndex } from '../electron/core/search/search-index'
import { generatedArticle } from '../electron/core/search/testing/generated-archive'
import { bodyPlainText } from '../shared/text/plain-text'
import { parseQuery } from '../shared/search/search-query'
import type { SearchRequest } from '../shared/search/search-views'
import type { Benchmark } from './benchmark'

// Archives built once and kept under out/bench (an archive of 100,000 takes a while to write);
// a changed generator or schema needs them deleted by hand.
const CACHE = resolve('out', 'bench', 'search')
const SENTENCES = 12 // about 130 words an article
const ROUNDS = 40

/** What journalists type, with the filters the library offers. */
const requests: SearchRequest[] = [
  { query: 'الحكومة', section: 'اقتصاد' },
  { query: 'فوسفات' },
  { query: 'خطة النقل', status: 'published' },
  { query: '"موازنة العام"', section: 'سياسة' },
  { query: 'اقتصا*', status: 'approved' },
  { query: 'مستشفى جامعي -البرلمان', section: 'صحة' }
]

/** Writes the archive's rows directly (the store's own path is measured in the save figure), then builds the index. */
function archiveOf(size: number): { db: Database.Database; search: Search; buildMs: number } {
  mkdirSync(CACHE, { recursive: true })
  const path = join(CACHE, `archive-${size}.sqlite`)
  if (!existsSync(path)) {
    const building = `${path}.building`
    rmSync(building, { force: true })
    const db = openDatabase(building, { log: nullLog })
    const insert = db.prepare(`INSERT INTO articles (id, section, headline, bylines_json, tags_json, body_json, plain_text, word_count, status, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`)
    const start = Date.parse('2020-01-01T00:00:00.000Z')
    db.transaction(() => {
      for (let n = 0; n < size; n++) {
        const article = generatedArticle(n, SENTENCES)
        const time = new Date(start + n * 60_000).toISOString()
        insert.run(`${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`, article.meta.section, article.meta.headline, JSON.stringify(article.meta.bylines), JSON.stringify(article.meta.tags), JSON.stringify(article.body), bodyPlainText(article.body), article.status, time, time)
      }
    })()
    db.close()
    renameSync(building, path)
  }
  const db = openDatabase(path, { log: nullLog })
  // Built once here, timed; the search opened after it finds it current.
  const started = performance.now()
  createSearchIndex(db).rebuild()
  const buildMs = performance.now() - started
  return { db, search: createSearch(db, nullLog), buildMs }
}

const time = (run: () => unknown): number => {
  const started = performance.now()
  run()
  return performance.now() - started
}

/** The same search as a bare FTS5 MATCH: same expression, filters, order and page, no highlighting, no count. */
function rawMatch(db: Database.Database) {
  const statement = db.prepare(`SELECT a.id, a.headline, a.plain_text FROM article_search s JOIN search_keys k ON k.key = s.rowid JOIN articles a ON a.id = k.article_id
    WHERE article_search MATCH @match AND (@section IS NULL OR a.section = @section) AND (@status IS NULL OR a.status = @status)
    ORDER BY bm25(article_search) LIMIT 20`)
  return (request: SearchRequest) => {
    const terms = parseQuery(request.query).terms
    const match = matchExpression(terms, []) ?? excludedExpression(terms)
    statement.all({ match, section: request.section ?? null, status: request.status ?? null })
  }
}

/**
 * The engine's own share, at its cheapest: the same expression, ranked by bm25, with the same
 * filters read from the narrow search_keys the search itself filters on; no count, no recency,
 * no article rows, no highlighting.
 */
function rawMatchOnKeys(db: Database.Database) {
  const statement = db.prepare(`SELECT k.article_id FROM article_search s JOIN search_keys k ON k.key = s.rowid
    WHERE article_search MATCH @match AND (@section IS NULL OR k.section = @section) AND (@status IS NULL OR k.status = @status)
    ORDER BY bm25(article_search) LIMIT 20`)
  return (request: SearchRequest) => {
    const terms = parseQuery(request.query).terms
    const match = matchExpression(terms, []) ?? excludedExpression(terms)
    statement.all({ match, section: request.section ?? null, status: request.status ?? null })
  }
}

/** The archive scanned with LIKE on the plain text, as a library without an index would. */
function likeScan(db: Database.Database) {
  const statement = db.prepare(`SELECT id, headline FROM articles WHERE plain_text LIKE @like AND (@section IS NULL OR section = @section) AND (@status IS NULL OR status = @status)
    ORDER BY updated_at DESC LIMIT 20`)
  return (request: SearchRequest) => {
    const word = request.query.replace(/["*-]/g, '').split(' ')[0]!
    statement.all({ like: `%${word}%`, section: request.section ?? null, status: request.status ?? null })
  }
}

const archives = new Map<number, ReturnType<typeof archiveOf>>()
/** The generated archive of `size` articles, built (or read from the cache) once per run; related.bench.ts uses it too. */
export const archive = (size: number) => {
  let built = archives.get(size)
  if (!built) {
    built = archiveOf(size)
    archives.set(size, built)
  }
  return built
}

function searchAt(size: number, against: 'articles' | 'keys' = 'articles'): Benchmark {
  return {
    name: `search at ${size.toLocaleString('en')} articles, with filters (vs raw FTS5 MATCH${against === 'keys' ? ' filtered on search_keys' : ''})`,
    unit: 'ms',
    async measure() {
      const { db, search } = archive(size)
      const raw = against === 'keys' ? rawMatchOnKeys(db) : rawMatch(db)
      const samples: number[] = []
      const baseline: number[] = []
      for (let round = 0; round < ROUNDS; round++) {
        for (const request of requests) {
          samples.push(time(() => search.searchArticles(request)))
          baseline.push(time(() => raw(request)))
        }
      }
      return { samples, baseline }
    }
  }
}

const likeAt100k: Benchmark = {
  name: 'LIKE scan at 100,000 articles (vs the search)',
  unit: 'ms',
  async measure() {
    const { db, search } = archive(100_000)
    const like = likeScan(db)
    const samples: number[] = []
    const baseline: number[] = []
    for (let round = 0; round < 3; round++) {
      for (const request of requests) {
        samples.push(time(() => like(request)))
        baseline.push(time(() => search.searchArticles(request)))
      }
    }
    return { samples, baseline }
  }
}

const indexSize: Benchmark = {
  name: 'search index at 100,000 articles (vs their plain text)',
  unit: 'MB',
  async measure() {
    const { db } = archive(100_000)
    const bytes = (sql: string) => (db.prepare(sql).get() as { n: number }).n / 1e6
    const index = bytes('SELECT (SELECT sum(length(block)) FROM article_search_data) + (SELECT sum(length(term)) + 16 * count(*) FROM article_search_idx) + (SELECT sum(length(sz)) + 8 * count(*) FROM article_search_docsize) AS n')
    const text = bytes('SELECT sum(length(CAST(plain_text AS BLOB)) + length(CAST(headline AS BLOB))) AS n FROM articles')
    return { samples: [index], baseline: [text] }
  }
}

const indexBuild: Benchmark = {
  name: 'building the index for 100,000 articles (vs bare FTS5 over the raw text)',
  unit: 'ms',
  async measure() {
    const { db, buildMs } = archive(100_000)
    db.exec("DROP TABLE IF EXISTS raw_search; CREATE VIRTUAL TABLE raw_search USING fts5(headline, body, content = '')")
    const raw = time(() => db.exec('INSERT INTO raw_search (rowid, headline, body) SELECT rowid, headline, plain_text FROM articles'))
    db.exec('DROP TABLE raw_search')
    return { samples: [buildMs], baseline: [raw] }
  }
}

export default [searchAt(10_000), searchAt(100_000), searchAt(100_000, 'keys'), likeAt100k, indexSize, indexBuild]
