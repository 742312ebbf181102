import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from './index'

describe('schema step 16, the articles this desk deleted', () => {
  it('notes a deletion whoever makes it, and forgets it when the article comes back', () => {
    const db = new Database(':memory:')
    migrate(db)
    const insert = db.prepare("INSERT INTO articles (id, headline, body_json, plain_text, created_at, updated_at) VALUES (?, 'عنوان', '{\"type\":\"doc\"}', '', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")
    const deleted = () => db.prepare('SELECT id, deleted_at FROM deleted_articles').all() as { id: string; deleted_at: string }[]
    const id = '0b6e4c1a-3f2d-4e5a-9b8c-7d6e5f4a3b2c'
    insert.run(id)
    expect(deleted()).toEqual([])
    const before = new Date().toISOString()
    db.prepare('DELETE FROM articles WHERE id = ?').run(id)
    expect(deleted()).toEqual([{ id, deleted_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) }])
    expect(deleted()[0]!.deleted_at >= before.slice(0, 19)).toBe(true)
    insert.run(id)
    expect(deleted()).toEqual([])
    db.close()
  })
})
