import { existsSync, renameSync, rmSync } from 'node:fs'
import type Database from 'better-sqlite3'

/** The copy of a database kept before this build brings it to `version`: `midad.sqlite.before-v5.bak`. */
export const copyAsidePath = (dbPath: string, version: number): string => `${dbPath}.before-v${version}.bak`

/**
 * A whole copy of the database as it stands, written beside it before a
 * schema update touches it, so that a step that goes wrong on a newsroom's
 * real data leaves their articles recoverable. SQLite writes the copy itself
 * (VACUUM INTO), from one read transaction: it holds what the write-ahead log
 * holds too, and a write by another program meanwhile is either all in it or
 * not at all. It is written under another name and renamed, so a copy cut
 * short never stands where a good one is expected.
 */
export function copyAside(db: Database.Database, copy: string): void {
  const incoming = `${copy}.incoming`
  if (existsSync(incoming)) rmSync(incoming)
  try {
    db.prepare('VACUUM INTO ?').run(incoming)
    renameSync(incoming, copy)
  } catch (error) {
    rmSync(incoming, { force: true })
    throw error
  }
}
