import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, migrations } from './index'

describe('schema step 9, bundles', () => {
  it('keeps every revision, lets a merge be recorded, marks existing documents as converted here, and starts with no known device', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.filter((step) => step.version <= 8))
    db.prepare("INSERT INTO articles (id, body_json, created_at, updated_at) VALUES ('a1', '{}', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')").run()
    db.prepare("INSERT INTO article_documents (article_id, state, layout, converted_at, converted_on, compacted_at) VALUES ('a1', x'00', 2, 'then', 'desk', 'then')").run()
    const insert = db.prepare(
      "INSERT INTO revisions (id, article_id, state, content_hash, kind, label, status, recorded_at, words_added, words_removed) VALUES (?, 'a1', x'0102', 'h', ?, 'l', 'draft', ?, 3, 1)"
    )
    insert.run('r1', 'named', '2025-01-01T00:00:01.000Z')
    insert.run('r2', 'timed', '2025-01-01T00:00:02.000Z')
    expect(() => insert.run('r3', 'merge', '2025-01-01T00:00:03.000Z')).toThrow(/CHECK/)
    const before = db.prepare('SELECT rowid, * FROM revisions ORDER BY rowid').all()

    migrate(db, migrations.filter((step) => step.version <= 9))
    expect(db.prepare('SELECT rowid, * FROM revisions ORDER BY rowid').all()).toEqual(before)
    insert.run('r3', 'merge', '2025-01-01T00:00:03.000Z')
    expect(() => insert.run('r4', 'bogus', '2025-01-01T00:00:04.000Z')).toThrow(/CHECK/)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'revisions' AND name NOT LIKE 'sqlite_%'").all()).toEqual([{ name: 'revisions_by_article' }])
    expect(db.prepare('SELECT origin FROM article_documents').all()).toEqual([{ origin: 'converted' }])
    expect(db.prepare('SELECT count(*) AS n FROM known_devices').get()).toEqual({ n: 0 })
    // Deleting the article still takes its revisions with it.
    db.pragma('foreign_keys = ON')
    db.prepare("DELETE FROM articles WHERE id = 'a1'").run()
    expect(db.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 0 })
  })
})
