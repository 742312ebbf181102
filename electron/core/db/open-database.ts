import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { latestSchemaVersion, migrate, migrations, readSchemaVersion, tooNew } from './migrations'

/** How long one program waits for the other's write (app and CLI share the file). */
export const BUSY_TIMEOUT_MS = 5_000

/**
 * A database written by a newer Midad must not be touched at all: switching on
 * WAL rewrites the header and a migration would write pages. So the version is
 * read first through a connection that cannot write.
 */
function refuseNewerDatabase(dbPath: string, supported: number): void {
  if (!existsSync(dbPath) || statSync(dbPath).size === 0) return
  const probe = new Database(dbPath, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
  try {
    const found = readSchemaVersion(probe)
    if (found > supported) throw tooNew(found, supported)
  } finally {
    probe.close()
  }
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
