// Filters and pagination over an archive of 10,000 articles, written through the article store
// (so through the same index writes as the app's saves), in one transaction: about two seconds.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createArticleStore } from '../articles/article-store'
import { openDatabase } from '../db/open-database'
import { nullLog } from '../log/log'
import { createSearch, type Search } from './search'
import { generatedArticle, type GeneratedArticle } from './testing/generated-archive'

const SIZE = 10_000
let dir: string
let db: Database.Database
let search: Search
const archive: (GeneratedArticle & { id: string })[] = []

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-search-scale-'))
  db = openDatabase(join(dir, 'midad.sqlite'), { log: nullLog })
  search = createSearch(db, nullLog)
  const store = createArticleStore(db)
  const setStatus = db.prepare<[string, string]>('UPDATE articles SET status = ? WHERE id = ?')
  db.transaction(() => {
    for (let n = 0; n < SIZE; n++) {
      const article = generatedArticle(n, 2)
      const { id } = store.create(article.meta, article.body)
      setStatus.run(article.status, id)
      archive.push({ ...article, id })
    }
  })()
  // Writing 10,000 articles takes a few seconds, more on a busy machine: the setup is not what is tested.
}, 60_000)
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const pagesOf = (query: string, filters: { section?: string; status?: 'draft' | 'in_review' | 'approved' | 'published' }, size: number) => {
  const ids: string[] = []
  for (let offset = 0; ; offset += size) {
    const page = search.searchArticles({ query, ...filters, limit: size, offset })
    ids.push(...page.results.map((result) => result.article.id))
    if (page.results.length < size) return { ids, total: page.total }
  }
}

describe('an archive of 10,000 articles', () => {
  it('pages through every match of a rare word once, by relevance and by date', () => {
    const expected = archive.filter((article) => article.rare === 'الفوسفات').map((article) => article.id)
    expect(expected.length).toBeGreaterThan(40)
    for (const sort of ['relevance', 'date'] as const) {
      const ids: string[] = []
      let total = -1
      for (let offset = 0; offset < expected.length + 20; offset += 20) {
        const page = search.searchArticles({ query: 'فوسفات', sort, limit: 20, offset })
        total = page.total
        ids.push(...page.results.map((result) => result.article.id))
      }
      expect(total).toBe(expected.length)
      expect(new Set(ids).size).toBe(ids.length)
      expect([...ids].sort()).toEqual([...expected].sort())
    }
  })

  it('narrows by section and status together with the words', () => {
    const wanted = archive.filter((article) => article.rare === 'الزيتون' && article.meta.section === 'اقتصاد' && article.status === 'published')
    const other = archive.filter((article) => article.rare === 'الزيتون' && !(article.meta.section === 'اقتصاد' && article.status === 'published'))
    expect(other.length).toBeGreaterThan(0)
    const { ids, total } = pagesOf('زيتون', { section: 'اقتصاد', status: 'published' }, 7)
    expect(total).toBe(wanted.length)
    expect(ids.sort()).toEqual(wanted.map((article) => article.id).sort())
  })

  it('counts a common word over the whole archive while returning one page', () => {
    const page = search.searchArticles({ query: 'الحكومة', section: 'رياضة', limit: 5 })
    const expected = archive.filter((article) => article.meta.section === 'رياضة' && JSON.stringify([article.meta.headline, article.body]).includes('الحكومة')).length
    expect(page.results).toHaveLength(5)
    expect(page.total).toBe(expected)
  })
})

describe('the library of the same 10,000 articles', () => {
  it('pages through one status newest first without a gap or a repeat, and counts every status', () => {
    const store = createArticleStore(db)
    const counts = store.counts()
    for (const status of ['draft', 'in_review', 'approved', 'published'] as const) {
      expect(counts[status]).toBe(archive.filter((article) => article.status === status).length)
    }
    expect(counts.all).toBe(SIZE)
    const ids: string[] = []
    const updated: string[] = []
    for (let offset = 0; ; offset += 500) {
      const page = store.page({ status: 'approved', offset, limit: 500 })
      ids.push(...page.map((article) => article.id))
      updated.push(...page.map((article) => article.updatedAt))
      if (page.length < 500) break
    }
    expect(ids.sort()).toEqual(archive.filter((article) => article.status === 'approved').map((article) => article.id).sort())
    expect(updated).toEqual([...updated].sort().reverse())
  })

  it('reads a page, a status page and the counts from the listing indexes, never the rows that hold the bodies', () => {
    const plan = (sql: string) => db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all().map((step) => (step as { detail: string }).detail).join('; ')
    const columns = 'id, headline, section, status, word_count, created_at, updated_at, open_threads, pending_suggestions'
    expect(plan(`SELECT ${columns} FROM articles ORDER BY updated_at DESC, id LIMIT 50 OFFSET 9000`)).toMatch(/USING COVERING INDEX articles_listing\b/)
    expect(plan(`SELECT ${columns} FROM articles WHERE status = 'draft' ORDER BY updated_at DESC, id LIMIT 50`)).toMatch(/USING COVERING INDEX articles_listing_by_status/)
    expect(plan('SELECT status, count(*) FROM articles GROUP BY status')).toMatch(/USING COVERING INDEX/)
  })
})
