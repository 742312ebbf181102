import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { todayParameter } from '../../search/relevance'
import { migrate, migrations } from './index'

describe('schema step 15, the edit day beside each search key', () => {
  it('gives keys written before it their edit day, and keeps it in step with every later write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'midad-0015-'))
    try {
      const db = new Database(join(dir, 'midad.sqlite'))
      migrate(db, migrations.filter((step) => step.version <= 14))
      const insert = db.prepare(
        "INSERT INTO articles (id, headline, section, status, body_json, plain_text, created_at, updated_at) VALUES (?, 'عنوان', 'اقتصاد', 'draft', '{\"type\":\"doc\"}', '', ?, ?)"
      )
      const key = db.prepare('INSERT INTO search_keys (article_id, section, status, updated_at) SELECT id, section, status, updated_at FROM articles WHERE id = ?')
      const first = '0b6e4c1a-3f2d-4e5a-9b8c-7d6e5f4a3b2c'
      insert.run(first, '2025-01-01T12:00:00.000Z', '2025-01-01T12:00:00.000Z')
      key.run(first)
      migrate(db)

      const dayOf = (id: string) => (db.prepare('SELECT edit_day FROM search_keys WHERE article_id = ?').get(id) as { edit_day: number }).edit_day
      // 2025-01-01T12:00Z is Julian day 2460677.0.
      expect(dayOf(first)).toBe(2460677)

      // A save moves the row's time; the step-13 trigger copies it to the key, and the day follows.
      db.prepare("UPDATE articles SET updated_at = '2025-01-03T00:00:00.000Z' WHERE id = ?").run(first)
      expect(dayOf(first)).toBe(2460678.5)

      // A key written after the step starts with its day.
      const second = '1c7f5d2b-4a3e-4f6b-8c9d-8e7f6a5b4c3d'
      insert.run(second, '2025-02-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z')
      key.run(second)
      expect(dayOf(second)).toBe(2460707.5)
      db.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('counts today on the same scale as SQLite does', () => {
    const db = new Database(':memory:')
    const at = Date.parse('2026-12-04T03:30:00.000Z')
    const sqlite = (db.prepare('SELECT julianday(?) AS day').get(new Date(at).toISOString()) as { day: number }).day
    expect(todayParameter(at)).toBeCloseTo(sqlite, 9)
    db.close()
  })
})
