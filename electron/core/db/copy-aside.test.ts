import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Log } from '../log/log'
import { copyAside, copyAsidePath } from './copy-aside'
import { latestSchemaVersion, migrate, migrations } from './migrations'
import { openDatabase } from './open-database'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-copy-aside-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

type Line = { level: string; message: string; details?: Record<string, unknown> }
function recordingLog(): Log & { lines: Line[] } {
  const lines: Line[] = []
  const at = (level: string) => (message: string, details?: Record<string, unknown>) => lines.push({ level, message, ...(details ? { details } : {}) })
  return { lines, info: at('info'), warn: at('warn'), error: at('error') }
}

/** A database an older Midad left, at `version`, with one article whose headline is given. */
function olderDatabase(path: string, version: number, headline: string, journal: 'wal' | 'delete' = 'delete'): void {
  const old = new Database(path)
  old.pragma(`journal_mode = ${journal}`)
  migrate(old, migrations.filter((m) => m.version <= version))
  old.prepare(`
    INSERT INTO articles (id, headline, body_json, plain_text, word_count, version, created_at, updated_at)
    VALUES ('7b6f2a2e-5f7c-4c1e-9a43-2d6f0c1b9e11', ?, '{"type":"doc","content":[]}', '', 0, 1, '2025-03-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z')`
  ).run(headline)
  old.close()
}

const read = (path: string): { version: number; headlines: string[] } => {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return {
      version: Number(db.pragma('user_version', { simple: true })),
      headlines: db.prepare<[], { headline: string }>('SELECT headline FROM articles').all().map((row) => row.headline)
    }
  } finally {
    db.close()
  }
}

describe('the copy kept before a schema update', () => {
  it.each(['delete', 'wal'] as const)('is written beside an older database (%s journal), opens at its old version and holds its articles', (journal) => {
    const path = join(dir, 'midad.sqlite')
    olderDatabase(path, 3, 'قبل التحديث', journal)
    const log = recordingLog()
    openDatabase(path, { log }).close()

    const copy = join(dir, `midad.sqlite.before-v${latestSchemaVersion()}.bak`)
    expect(copyAsidePath(path, latestSchemaVersion())).toBe(copy)
    expect(read(copy)).toEqual({ version: 3, headlines: ['قبل التحديث'] })
    expect(read(path)).toEqual({ version: latestSchemaVersion(), headlines: ['قبل التحديث'] })
    // Nothing half-written is left beside it.
    expect(readdirSync(dir).filter((name) => name.includes('.bak'))).toEqual([`midad.sqlite.before-v${latestSchemaVersion()}.bak`])
    // The log says where the copy is, then each step as it is applied.
    expect(log.lines[0]).toEqual({ level: 'info', message: 'database copied aside before its schema update', details: { copy, from: 3, to: latestSchemaVersion() } })
    expect(log.lines.filter((line) => line.message === 'database schema step applied').map((line) => line.details?.version)).toEqual(
      Array.from({ length: latestSchemaVersion() - 3 }, (_, i) => 4 + i)
    )
  })

  it('holds what only the write-ahead log held when the older program left it open', () => {
    const path = join(dir, 'midad.sqlite')
    olderDatabase(path, 4, 'محفوظ', 'wal')
    const other = new Database(path)
    other.pragma('wal_autocheckpoint = 0')
    other.prepare("UPDATE articles SET headline = 'في السجل فقط'").run()
    try {
      openDatabase(path).close()
    } finally {
      other.close()
    }
    expect(read(copyAsidePath(path, latestSchemaVersion()))).toEqual({ version: 4, headlines: ['في السجل فقط'] })
  })

  it('replaces a copy cut short by an earlier attempt', () => {
    const path = join(dir, 'midad.sqlite')
    olderDatabase(path, 2, 'قديم')
    const copy = copyAsidePath(path, latestSchemaVersion())
    writeFileSync(`${copy}.incoming`, 'cut short')
    const db = new Database(path)
    copyAside(db, copy)
    db.close()
    expect(read(copy).version).toBe(2)
    expect(existsSync(`${copy}.incoming`)).toBe(false)
  })

  it('is not made for a new database, nor for one already up to date', () => {
    const path = join(dir, 'midad.sqlite')
    const log = recordingLog()
    openDatabase(path, { log }).close()
    openDatabase(path, { log }).close()
    expect(readdirSync(dir).filter((name) => name.includes('.bak'))).toEqual([])
    expect(log.lines.some((line) => line.message.includes('copied aside'))).toBe(false)
    // The new database's steps are logged all the same.
    expect(log.lines.filter((line) => line.message === 'database schema step applied')).toHaveLength(latestSchemaVersion())
  })
})
