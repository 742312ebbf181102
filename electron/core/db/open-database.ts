import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { latestSchemaVersion, migrate, migrations, readSchemaVersion, tooNew } from './migrations'

/** How long one program waits for the other's write (app and CLI share the file). */
export const BUSY_TIMEOUT_MS = 5_000

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * The schema version a database file holds, read without writing anything.
 * With no write-ahead log beside it, the file header is current and is read
 * directly: even a read-only SQLite connection would leave -wal and -shm files
 * behind. With a log (another program has the file open, or crashed), only
 * SQLite can read the newest version, and the files it needs already exist.
 */
function storedSchemaVersion(dbPath: string): number {
  const wal = `${dbPath}-wal`
  const hasLog = (existsSync(wal) && statSync(wal).size > 0) || existsSync(`${dbPath}-journal`)
  if (!hasLog) {
    const header = Buffer.alloc(100)
    const fd = openSync(dbPath, 'r')
    let read: number
    try {
      read = readSync(fd, header, 0, 100, 0)
    } finally {
      closeSync(fd)
    }
    if (read === 100 && header.subarray(0, 16).equals(sqliteMagic)) return header.readInt32BE(60)
  }
  const probe = new Database(dbPath, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
  try {
    return readSchemaVersion(probe)
  } finally {
    probe.close()
  }
}

/**
 * A database written by a newer Midad must not be touched at all: switching on
 * WAL rewrites the header and a migration would write pages. So its version is
 * read first, without a connection that could write.
 */
function refuseNewerDatabase(dbPath: string, supported: number): void {
  if (!existsSync(dbPath) || statSync(dbPath).size === 0) return
  const found = storedSchemaVersion(dbPath)
  if (found > supported) throw tooNew(found, supported)
}

/**
 * Opens (creating on first run) the article database. WAL lets the app read
 * while the CLI writes; synchronous=FULL makes a committed save survive a power
 * cut, which is what "saved" promises the journalist.
 */
export function openDatabase(dbPath: string): Database.Database {
  mkdirSync(dirname(dbPath), { recursive: true })
  refuseNewerDatabase(dbPath, latestSchemaVersion(migrations))
  const db = new Database(dbPath, { timeout: BUSY_TIMEOUT_MS })
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    migrate(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
