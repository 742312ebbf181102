import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { SEARCH_TERMS_VERSION, indexedTerms } from '../../../../shared/search/search-terms'
import { openCore } from '../../core'
import { migrate, migrations } from './index'

describe('schema step 13, the search filters beside the keys', () => {
  it('filters an index built before it by the section, status and edit time of its articles, and follows a status change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'midad-0013-'))
    try {
      const path = join(dir, 'midad.sqlite')
      const old = new Database(path)
      migrate(old, migrations.filter((step) => step.version <= 12))
      const insert = old.prepare(
        "INSERT INTO articles (id, headline, section, status, body_json, plain_text, created_at, updated_at) VALUES (?, ?, ?, ?, '{\"type\":\"doc\"}', '', ?, ?)"
      )
      const articles = [
        ['0b6e4c1a-3f2d-4e5a-9b8c-7d6e5f4a3b2c', 'انقطاع المياه عن أحياء شرق المدينة', 'محليات', 'published', '2025-01-01T00:00:00.000Z'],
        ['1c7f5d2b-4a3e-4f6b-8c9d-8e7f6a5b4c3d', 'أسعار المياه ترتفع', 'اقتصاد', 'draft', '2025-03-01T00:00:00.000Z']
      ] as const
      // An index as the previous build left it, current by its rules, so core does not build it again.
      const key = old.prepare('INSERT INTO search_keys (article_id) VALUES (?)')
      const terms = old.prepare('INSERT INTO article_search (rowid, headline, section) VALUES (?, ?, ?)')
      for (const [id, headline, section, status, at] of articles) {
        insert.run(id, headline, section, status, at, at)
        terms.run(Number(key.run(id).lastInsertRowid), indexedTerms(headline), indexedTerms(section))
      }
      old.prepare('INSERT INTO search_index_state (only, terms_version, built_at) VALUES (1, ?, ?)').run(SEARCH_TERMS_VERSION, '2025-03-02T00:00:00.000Z')
      migrate(old, migrations.filter((step) => step.version <= 13))
      const keys = old.prepare('SELECT section, status, updated_at FROM search_keys ORDER BY article_id')
      expect(keys.all()).toEqual(articles.map(([, , section, status, at]) => ({ section, status, updated_at: at })))
      old.prepare("UPDATE articles SET status = 'approved', section = 'صحة', updated_at = '2025-04-01T00:00:00.000Z' WHERE id = ?").run(articles[0][0])
      expect(keys.all()[0]).toEqual({ section: 'صحة', status: 'approved', updated_at: '2025-04-01T00:00:00.000Z' })
      old.close()

      const core = openCore({ dbPath: path })
      try {
        const headlines = (request: Parameters<typeof core.searchArticles>[0]) => core.searchArticles(request).results.map((result) => result.article.headline)
        expect(headlines({ query: 'المياه' })).toHaveLength(2)
        expect(headlines({ query: 'المياه', section: 'صحة' })).toEqual(['انقطاع المياه عن أحياء شرق المدينة'])
        expect(headlines({ query: 'المياه', section: 'محليات' })).toEqual([])
        expect(headlines({ query: 'المياه', status: 'draft' })).toEqual(['أسعار المياه ترتفع'])
        expect(headlines({ query: 'المياه', from: '2025-02-01', to: '2025-03-15' })).toEqual(['أسعار المياه ترتفع'])
        core.setArticleStatus(articles[1][0], 'in_review')
        expect(headlines({ query: 'المياه', status: 'draft' })).toEqual([])
        expect(headlines({ query: 'المياه', status: 'in_review' })).toEqual(['أسعار المياه ترتفع'])
      } finally {
        core.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
