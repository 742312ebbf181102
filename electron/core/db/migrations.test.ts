import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleBody } from '../../../shared/article/body'
import { failure } from '../../../shared/contract/dispatch'
import { MidadError } from '../../../shared/contract/errors'
import { openCore } from '../core'
import { latestSchemaVersion, migrate, migrations } from './migrations'
import { openDatabase } from './open-database'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-migrations-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

const userVersion = (path: string): number => {
  const db = new Database(path, { readonly: true })
  try {
    return Number(db.pragma('user_version', { simple: true }))
  } finally {
    db.close()
  }
}

function caught(fn: () => unknown): MidadError {
  try {
    fn()
  } catch (error) {
    if (error instanceof MidadError) return error
    throw error
  }
  throw new Error('expected a MidadError')
}

describe('opening the database', () => {
  it('creates the folder and a database at the newest schema on first run', () => {
    const path = join(dir, 'nested', 'profile', 'midad.sqlite')
    const core = openCore({ dbPath: path })
    core.close()
    expect(userVersion(path)).toBe(latestSchemaVersion())
    expect(latestSchemaVersion()).toBe(migrations.length)
  })

  it('runs in WAL mode with foreign keys on, full sync and a busy timeout', () => {
    const db = openDatabase(join(dir, 'midad.sqlite'))
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
      expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThanOrEqual(5000)
    } finally {
      db.close()
    }
  })

  it('opening an up-to-date database again changes nothing and keeps its articles', () => {
    const path = join(dir, 'midad.sqlite')
    const first = openCore({ dbPath: path })
    const article = first.createArticle({ headline: 'عنوان' })
    first.close()
    const second = openCore({ dbPath: path })
    expect(second.getArticle(article.id).meta.headline).toBe('عنوان')
    second.close()
    expect(userVersion(path)).toBe(latestSchemaVersion())
  })

  it('upgrades a version 1 database to the newest schema and keeps its articles', () => {
    const path = join(dir, 'midad.sqlite')
    const old = new Database(path)
    migrate(old, migrations.filter((m) => m.version === 1))
    expect(Number(old.pragma('user_version', { simple: true }))).toBe(1)
    const body: ArticleBody = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص قديم' }] }] }
    old.prepare(`
      INSERT INTO articles (id, section, kicker, headline, dek, byline, dateline, body_json,
                            plain_text, word_count, version, created_at, updated_at)
      VALUES ('0b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11', 'اقتصاد', '', 'مقال من الإصدار الأول', '', 'سلمى', '',
              ?, 'نص قديم', 2, 4, '2024-01-01T00:00:00.000Z', '2024-01-02T00:00:00.000Z')`).run(JSON.stringify(body))
    old.close()

    const core = openCore({ dbPath: path })
    try {
      const article = core.getArticle('0b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11')
      expect(article.meta.headline).toBe('مقال من الإصدار الأول')
      expect(article.meta.bylines).toEqual(['سلمى'])
      expect(article.meta.slug).toBe('مقال-من-الإصدار-الأول')
      expect(article.body).toEqual(body)
      expect(article.version).toBe(4)
      expect(core.listArticles().map((a) => a.headline)).toEqual(['مقال من الإصدار الأول'])
      // The upgraded article is a normal one: it saves from its own version.
      expect(core.saveArticle({ id: article.id, baseVersion: 4, meta: article.meta, body }).version).toBe(5)
    } finally {
      core.close()
    }
    expect(userVersion(path)).toBe(latestSchemaVersion())
  })

  it('upgrades a version 2 database: its byline becomes the first of the bylines, headlines give slugs', () => {
    const path = join(dir, 'midad.sqlite')
    const old = new Database(path)
    migrate(old, migrations.filter((m) => m.version <= 2))
    const body: ArticleBody = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص' }] }] }
    const insert = old.prepare(`
      INSERT INTO articles (id, section, kicker, headline, dek, byline, dateline, body_json,
                            plain_text, word_count, version, created_at, updated_at)
      VALUES (?, 'رياضة', '', ?, '', ?, 'الدوحة', ?, 'نص', 1, 2, '2025-03-01T00:00:00.000Z', '2025-03-02T00:00:00.000Z')`)
    insert.run('1b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11', 'المنتخبُ يفوزُ بالكأس!', ' كريم نصّار ', JSON.stringify(body))
    insert.run('2b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11', 'بلا كاتب', '', JSON.stringify(body))
    old.close()

    const core = openCore({ dbPath: path })
    try {
      const signed = core.getArticle('1b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11')
      expect(signed.meta).toMatchObject({
        bylines: ['كريم نصّار'],
        dateline: 'الدوحة',
        tags: [],
        slug: 'المنتخب-يفوز-بالكأس',
        slugIsCustom: false,
        seoTitle: '',
        seoDescription: '',
        leadImage: null
      })
      expect(signed.version).toBe(2)
      expect(core.getArticle('2b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11').meta.bylines).toEqual([])
      // The newsroom starts with the usual sections and the default settings.
      expect(core.listSections()).toContain('رياضة')
      expect(core.getSettings().headlineTarget).toBe(70)
      expect(core.saveArticle({ id: signed.id, baseVersion: 2, meta: signed.meta, body }).version).toBe(3)
    } finally {
      core.close()
    }
    expect(userVersion(path)).toBe(latestSchemaVersion())
  })

  it('upgrades a version 3 database: every article it holds becomes a draft, and keeps its revision', () => {
    const path = join(dir, 'midad.sqlite')
    const old = new Database(path)
    migrate(old, migrations.filter((m) => m.version <= 3))
    const body: ArticleBody = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص' }] }] }
    old.prepare(`
      INSERT INTO articles (id, headline, body_json, plain_text, word_count, version, created_at, updated_at)
      VALUES ('3b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11', 'قديم', ?, 'نص', 1, 5, '2025-03-01T00:00:00.000Z', '2025-03-02T00:00:00.000Z')`
    ).run(JSON.stringify(body))
    old.close()

    const core = openCore({ dbPath: path })
    try {
      expect(core.getArticle('3b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11')).toMatchObject({ status: 'draft', version: 5, updatedAt: '2025-03-02T00:00:00.000Z' })
      expect(core.listArticles()).toMatchObject([{ headline: 'قديم', status: 'draft' }])
    } finally {
      core.close()
    }
    // The column refuses what is not a status, even from another program.
    const raw = new Database(path)
    expect(() => raw.prepare("UPDATE articles SET status = 'archived'").run()).toThrow(/CHECK/)
    raw.close()
  })

  it('upgrades a version 4 database: articles past draft start their status history at their last edit, and an approved one edited goes back to review', () => {
    const path = join(dir, 'midad.sqlite')
    const old = new Database(path)
    migrate(old, migrations.filter((m) => m.version <= 4))
    const body: ArticleBody = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص' }] }] }
    const insert = old.prepare(`
      INSERT INTO articles (id, headline, body_json, plain_text, word_count, version, created_at, updated_at, status)
      VALUES (?, ?, ?, 'نص', 1, 3, '2025-03-01T00:00:00.000Z', ?, ?)`)
    insert.run('4b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11', 'منشور', JSON.stringify(body), '2025-03-05T10:00:00.000Z', 'published')
    insert.run('5b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11', 'معتمد', JSON.stringify(body), '2025-03-04T10:00:00.000Z', 'approved')
    insert.run('6b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11', 'مسودة', JSON.stringify(body), '2025-03-03T10:00:00.000Z', 'draft')
    old.close()

    const core = openCore({ dbPath: path })
    try {
      expect(core.articleStatusHistory('4b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11')).toEqual([
        { from: null, to: 'published', changedAt: '2025-03-05T10:00:00.000Z', reason: 'migrated' }
      ])
      expect(core.articlePublishedAt('4b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11')).toBe('2025-03-05T10:00:00.000Z')
      expect(core.articleStatusHistory('6b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11')).toEqual([])
      expect(core.articlePublishedAt('5b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11')).toBeNull()
      const approved = core.getArticle('5b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11')
      expect(approved).toMatchObject({ status: 'approved', version: 3, updatedAt: '2025-03-04T10:00:00.000Z' })
      const saved = core.saveArticle({ id: approved.id, baseVersion: 3, meta: { ...approved.meta, headline: 'معتمد ثم عُدّل' }, body })
      expect(saved.statusChange).toMatchObject({ from: 'approved', to: 'in_review' })
      expect(core.articleStatusHistory(approved.id).map((change) => change.reason)).toEqual(['migrated', 'edited_after_approval'])
    } finally {
      core.close()
    }
    expect(userVersion(path)).toBe(latestSchemaVersion())
    // The history refuses what is not a status or a reason, even from another program.
    const raw = new Database(path)
    expect(() =>
      raw.prepare("INSERT INTO article_status_changes (article_id, to_status, changed_at, reason) VALUES ('6b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11', 'archived', 'x', 'set')").run()
    ).toThrow(/CHECK/)
    raw.close()
  })

  it.each([
    ['a closed database', 'delete', false],
    ['a closed database in WAL mode', 'wal', false],
    ['a database another newer program has open', 'wal', true]
  ] as const)('refuses %s from a newer Midad and leaves it byte for byte untouched', (_what, journal, keepOpen) => {
    const path = join(dir, 'midad.sqlite')
    const newer = new Database(path)
    newer.pragma(`journal_mode = ${journal}`)
    newer.exec("CREATE TABLE future_things (x TEXT); INSERT INTO future_things VALUES ('من المستقبل');")
    const found = latestSchemaVersion() + 3
    newer.pragma(`user_version = ${found}`)
    if (!keepOpen) newer.close()
    // The -shm file is SQLite's shared memory, where any reader marks its place,
    // so only its presence is compared; the database and its log must match exactly.
    const snapshot = () =>
      Object.fromEntries(readdirSync(dir).map((f) => [f, f.endsWith('-shm') ? 'present' : sha256(readFileSync(join(dir, f)))]))
    const before = snapshot()

    try {
      const error = caught(() => openCore({ dbPath: path }))
      expect(error.code).toBe('db_too_new')
      expect(error.params).toEqual({ found, supported: latestSchemaVersion() })
      expect(failure(error, 'en').message).toContain(`schema ${found}`)
      expect(failure(error, 'ar').message).toContain('لم تُمسّ')
      // Nothing was added (no new -wal, -shm or media folder) and nothing rewritten.
      expect(snapshot()).toEqual(before)
    } finally {
      if (newer.open) newer.close()
    }
  })
})
