import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MidadError } from '../../../shared/contract/errors'
import { openCore } from '../core'
import { databaseFailure, openDatabase } from './open-database'
import { latestSchemaVersion } from './migrations'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-open-'))
})
afterEach(() => {
  chmodSync(dir, 0o755)
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o644)
  rmSync(dir, { recursive: true, force: true })
})

function refusal(open: () => unknown): { code: string; params: unknown } {
  try {
    open()
  } catch (error) {
    expect(error).toBeInstanceOf(MidadError)
    const { code, params } = error as MidadError
    return { code, params }
  }
  throw new Error('opened')
}

/** Another program's SQLite file, in the journal mode and version it chose. */
function foreignDatabase(path: string, userVersion = 0, wal = false): Buffer {
  const db = new Database(path)
  if (wal) db.pragma('journal_mode = WAL')
  db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('shopping list')")
  db.pragma(`user_version = ${userVersion}`)
  db.close()
  return readFileSync(path)
}

async function midadDatabase(path: string): Promise<string> {
  const core = openCore({ dbPath: path })
  try {
    return core.createArticle({ headline: 'افتتاح معرض الكتاب' }).id
  } finally {
    core.close()
  }
}

describe('opening a file that is not a Midad database', () => {
  it.each([
    ['with no version', 0, false],
    ['with a version of its own', 2, false],
    ['in WAL mode', 3, true]
  ])('refuses another program’s SQLite file %s and leaves it byte for byte as it was', (_, userVersion, wal) => {
    const path = join(dir, 'notes.sqlite')
    const before = foreignDatabase(path, userVersion, wal)
    expect(refusal(() => openDatabase(path))).toEqual({ code: 'db_not_midad', params: { path } })
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(readdirSync(dir)).toEqual(['notes.sqlite'])
  })

  it('refuses a file that is not SQLite at all, untouched', () => {
    const path = join(dir, 'midad.sqlite')
    writeFileSync(path, 'الأسماء والعناوين\nليست قاعدة بيانات\n'.repeat(20))
    const before = readFileSync(path)
    expect(refusal(() => openDatabase(path)).code).toBe('db_not_midad')
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(readdirSync(dir)).toEqual(['midad.sqlite'])
  })

  it('says a damaged Midad database is damaged, and leaves it as it is', async () => {
    const path = join(dir, 'midad.sqlite')
    await midadDatabase(path)
    const bytes = readFileSync(path)
    bytes.fill(0x5a, 100, 4096) // the schema page, past the header
    writeFileSync(path, bytes)
    expect(refusal(() => openDatabase(path))).toEqual({ code: 'db_corrupt', params: { path } })
    expect(readFileSync(path).equals(bytes)).toBe(true)
  })

  it('takes an empty SQLite file as a new database', () => {
    const path = join(dir, 'midad.sqlite')
    new Database(path).pragma('user_version = 0')
    const db = openDatabase(path)
    expect(Number(db.pragma('user_version', { simple: true }))).toBe(latestSchemaVersion())
    db.close()
  })
})

describe('opening a read-only Midad database', () => {
  it('lists, shows and checks a file marked read-only (mode 444) without changing it', async () => {
    const path = join(dir, 'midad.sqlite')
    const id = await midadDatabase(path)
    chmodSync(path, 0o444)
    const before = readFileSync(path)
    const core = openCore({ dbPath: path })
    try {
      expect(core.listArticles().map((summary) => summary.id)).toEqual([id])
      expect(core.getArticle(id).meta.headline).toBe('افتتاح معرض الكتاب')
      expect(core.checkArticle(id)).toEqual(expect.any(Array))
      let failure: unknown
      try {
        core.createArticle({ headline: 'لن يُكتب' })
      } catch (error) {
        failure = databaseFailure(error, path)
      }
      expect(failure).toMatchObject({ code: 'db_read_only' })
    } finally {
      core.close()
    }
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('reads a database in a folder it cannot write', async () => {
    const folder = join(dir, 'archive')
    mkdirSync(folder)
    const path = join(folder, 'midad.sqlite')
    const id = await midadDatabase(path)
    chmodSync(folder, 0o555)
    const core = openCore({ dbPath: path })
    try {
      expect(core.listArticles().map((summary) => summary.id)).toEqual([id])
    } finally {
      core.close()
      chmodSync(folder, 0o755)
    }
  })

  it('refuses a read-only database that an older Midad wrote, since it cannot be brought up to date', () => {
    const path = join(dir, 'midad.sqlite')
    const db = new Database(path)
    db.exec("CREATE TABLE articles (id TEXT PRIMARY KEY, body_json TEXT NOT NULL)")
    db.pragma('user_version = 1')
    db.close()
    chmodSync(path, 0o444)
    const before = readFileSync(path)
    expect(refusal(() => openDatabase(path))).toEqual({ code: 'db_read_only_outdated', params: { path } })
    expect(readFileSync(path).equals(before)).toBe(true)
  })
})
