import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../core'
import { migrate, migrations } from './index'

describe('schema step 11, the search index', () => {
  it('makes an empty index that core builds from the articles a database of the previous schema already holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'midad-0011-'))
    try {
      const path = join(dir, 'midad.sqlite')
      const old = new Database(path)
      migrate(old, migrations.filter((step) => step.version <= 10))
      const insert = old.prepare(
        "INSERT INTO articles (id, headline, section, tags_json, bylines_json, body_json, plain_text, created_at, updated_at) VALUES (?, ?, 'محليات', '[\"البلديات\"]', '[\"خالد منصور\"]', '{\"type\":\"doc\"}', ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"
      )
      insert.run('0b6e4c1a-3f2d-4e5a-9b8c-7d6e5f4a3b2c', 'انقطاع المياه عن أحياء شرق المدينة', 'تعمل فرق الصيانة على إصلاح الخط.')
      insert.run('1c7f5d2b-4a3e-4f6b-8c9d-8e7f6a5b4c3d', 'افتتاح جسر جديد', 'قالت البلدية إن الجسر يخفف الازدحام.')
      migrate(old, migrations.filter((step) => step.version <= 11))
      // The step itself indexes nothing: it cannot run the app's normalizer.
      expect(old.prepare("SELECT count(*) AS n FROM article_search WHERE article_search MATCH 'مياه'").get()).toEqual({ n: 0 })
      expect(old.prepare('SELECT count(*) AS n FROM search_index_state').get()).toEqual({ n: 0 })
      old.close()

      const core = openCore({ dbPath: path })
      try {
        expect(core.searchArticles({ query: 'الميَاه' }).results.map((result) => result.article.headline)).toEqual(['انقطاع المياه عن أحياء شرق المدينة'])
        expect(core.searchArticles({ query: 'الصيانه' }).total).toBe(1)
        expect(core.searchArticles({ query: '', author: 'خالد منصور' }).total).toBe(2)
        // A deletion takes the article's terms with it, whoever deletes it.
        core.deleteArticle('0b6e4c1a-3f2d-4e5a-9b8c-7d6e5f4a3b2c')
        expect(core.searchArticles({ query: 'المياه' }).total).toBe(0)
      } finally {
        core.close()
      }
      const after = new Database(path)
      expect(after.prepare('SELECT count(*) AS n FROM search_keys').get()).toEqual({ n: 1 })
      after.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
