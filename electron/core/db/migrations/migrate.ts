import type Database from 'better-sqlite3'
import { MidadError } from '../../../../shared/contract/errors'
import type { Log } from '../../log/log'
import type { Migration } from './migration'

export const newestVersionIn = (list: readonly Migration[]): number => list.reduce((max, m) => Math.max(max, m.version), 0)

export function readSchemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }))
}

/** A database a newer Midad wrote: its own error, and the file is left as it is. */
export function tooNew(found: number, supported: number): MidadError {
  return new MidadError('db_too_new', { found, supported }, `database schema ${found} is newer than ${supported}`)
}

/**
 * Brings the database up to the newest step of the list. Each step runs in
 * its own write transaction and re-reads the version inside it, so the app
 * and the CLI opening an old file at the same moment never apply a step twice.
 */
export function applyMigrations(db: Database.Database, list: readonly Migration[], log: Log): number {
  const supported = newestVersionIn(list)
  const found = readSchemaVersion(db)
  if (found > supported) throw tooNew(found, supported)
  const pending = [...list].filter((m) => m.version > found).sort((a, b) => a.version - b.version)
  for (const migration of pending) {
    db.transaction(() => {
      const current = readSchemaVersion(db)
      if (current > supported) throw tooNew(current, supported)
      if (current >= migration.version) return
      migration.up(db, log)
      db.pragma(`user_version = ${migration.version}`)
      log.info('database schema step applied', { version: migration.version })
    }).immediate()
  }
  return readSchemaVersion(db)
}
