import { accessSync, closeSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { MidadError } from '../../../shared/contract/errors'
import { nullLog, type Log } from '../log/log'
import { copyAside, copyAsidePath } from './copy-aside'
import { latestSchemaVersion, migrate, migrations, readSchemaVersion, tooNew } from './migrations'

/** How long one program waits for the other's write (app and CLI share the file). */
export const BUSY_TIMEOUT_MS = 5_000

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1')

/** The table every Midad database has had since its first schema. */
const MIDAD_TABLE = 'articles'

/**
 * A SQLite failure in the words of the database as a whole: another
 * program's file, a damaged one, a write to a read-only one. Anything else
 * is not about the file and stays as it was.
 */
export function databaseFailure(error: unknown, dbPath: string): MidadError | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined
  if (code === 'SQLITE_NOTADB') return new MidadError('db_not_midad', { path: dbPath }, code)
  if (code.startsWith('SQLITE_CORRUPT')) return new MidadError('db_corrupt', { path: dbPath }, code)
  if (code.startsWith('SQLITE_READONLY')) return new MidadError('db_read_only', { path: dbPath }, code)
  return undefined
}

const asDatabaseFailure = (error: unknown, dbPath: string): unknown => databaseFailure(error, dbPath) ?? error

const hasLog = (dbPath: string): boolean =>
  (existsSync(`${dbPath}-wal`) && statSync(`${dbPath}-wal`).size > 0) || existsSync(`${dbPath}-journal`)

/**
 * The schema version a database file holds, read without writing anything.
 * With no write-ahead log beside it, the file header is current and is read
 * directly: even a read-only SQLite connection would leave -wal and -shm files
 * behind. With a log (another program has the file open, or crashed), only
 * SQLite can read the newest version, and the files it needs already exist.
 * A file that does not start as SQLite files do is refused here, untouched.
 */
function storedSchemaVersion(dbPath: string): number {
  if (!hasLog(dbPath)) {
    const header = Buffer.alloc(100)
    const fd = openSync(dbPath, 'r')
    let read: number
    try {
      read = readSync(fd, header, 0, 100, 0)
    } finally {
      closeSync(fd)
    }
    if (read < 100 || !header.subarray(0, 16).equals(sqliteMagic)) throw new MidadError('db_not_midad', { path: dbPath }, 'not a SQLite file')
    return header.readInt32BE(60)
  }
  try {
    const probe = new Database(dbPath, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
    try {
      return readSchemaVersion(probe)
    } finally {
      probe.close()
    }
  } catch (error) {
    throw asDatabaseFailure(error, dbPath)
  }
}

/**
 * A file Midad did not make must be left as it is: its tables are read first,
 * before anything (WAL, a migration) could write. A SQLite file with nothing
 * in it at all is as good as a new one; with no Midad version or no articles
 * table it is another program's.
 */
function refuseUnlessMidad(db: Database.Database, dbPath: string): void {
  const version = readSchemaVersion(db)
  const names = db.prepare<[], { name: string }>('SELECT name FROM sqlite_master').all().map((row) => row.name)
  if (version === 0 && names.length === 0) return
  if (version === 0 || !names.includes(MIDAD_TABLE)) throw new MidadError('db_not_midad', { path: dbPath }, 'no Midad tables')
}

/**
 * A file the newsroom marked read-only (no write bit, as `chmod 444` leaves
 * it), or in a folder it cannot write, is opened for reading only: even a
 * program allowed to write anyway (an administrator) leaves it as it is.
 */
function isReadOnly(dbPath: string): boolean {
  const folder = dirname(dbPath)
  const writable = (path: string): boolean => {
    if ((statSync(path).mode & 0o222) === 0) return false
    try {
      accessSync(path, constants.W_OK)
      return true
    } catch {
      return false
    }
  }
  return !writable(dbPath) || !writable(folder)
}

function readOnlyConnection(dbPath: string): Database.Database {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    refuseUnlessMidad(db, dbPath)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * SQLite reads a WAL database only with its -shm file beside it, which a
 * folder nobody may write cannot receive. The file (and its log, if any) is
 * then read from a private copy, removed when the connection closes.
 */
function readOnlyCopy(dbPath: string): Database.Database {
  const folder = mkdtempSync(join(tmpdir(), 'midad-read-only-'))
  const copy = join(folder, basename(dbPath))
  try {
    copyFileSync(dbPath, copy)
    if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${copy}-wal`)
    const db = readOnlyConnection(copy)
    const close = db.close.bind(db)
    db.close = () => {
      close()
      rmSync(folder, { recursive: true, force: true })
      return db
    }
    return db
  } catch (error) {
    rmSync(folder, { recursive: true, force: true })
    throw error
  }
}

/**
 * A read-only database is read as it is: a pending migration cannot be
 * applied, so a file from an older Midad is refused rather than misread.
 */
function openReadOnly(dbPath: string): Database.Database {
  let db: Database.Database
  try {
    try {
      db = readOnlyConnection(dbPath)
    } catch (error) {
      const code = (error as { code?: string }).code ?? ''
      if (!code.startsWith('SQLITE_READONLY') && !code.startsWith('SQLITE_CANTOPEN')) throw error
      db = readOnlyCopy(dbPath)
    }
  } catch (error) {
    throw asDatabaseFailure(error, dbPath)
  }
  if (readSchemaVersion(db) < latestSchemaVersion(migrations)) {
    db.close()
    throw new MidadError('db_read_only_outdated', { path: dbPath }, 'read-only database needs a migration')
  }
  db.pragma('foreign_keys = ON')
  return db
}

/**
 * A database with articles in it, at an older schema, is copied aside before
 * the first pending step runs; a new or empty one has nothing to lose.
 */
function copyAsideBeforeUpdate(db: Database.Database, dbPath: string, log: Log): void {
  const found = readSchemaVersion(db)
  const supported = latestSchemaVersion(migrations)
  if (found === 0 || found >= supported) return
  const copy = copyAsidePath(dbPath, supported)
  copyAside(db, copy)
  log.info('database copied aside before its schema update', { copy, from: found, to: supported })
}

/**
 * Opens (creating on first run) the article database. WAL lets the app read
 * while the CLI writes; synchronous=FULL makes a committed save survive a power
 * cut, which is what "saved" promises the journalist.
 *
 * An existing file is looked at before anything is written to it: a file
 * that is not a Midad database (another program's SQLite file, or not SQLite
 * at all) and one written by a newer Midad are refused untouched, a damaged
 * one is named as damaged, and a read-only one is opened for reading. One
 * from an older Midad is copied aside (`midad.sqlite.before-v5.bak`) before
 * it is brought up to date; the log says so, and what each step did.
 */
export function openDatabase(dbPath: string, options: { log?: Log } = {}): Database.Database {
  const log = options.log ?? nullLog
  const existing = existsSync(dbPath) && statSync(dbPath).size > 0
  if (existing) {
    const found = storedSchemaVersion(dbPath)
    const supported = latestSchemaVersion(migrations)
    if (found > supported) throw tooNew(found, supported)
    if (isReadOnly(dbPath)) return openReadOnly(dbPath)
  } else {
    mkdirSync(dirname(dbPath), { recursive: true })
  }
  const db = new Database(dbPath, { timeout: BUSY_TIMEOUT_MS })
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    if (existing) refuseUnlessMidad(db, dbPath)
    copyAsideBeforeUpdate(db, dbPath, log)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    migrate(db, migrations, log)
    return db
  } catch (error) {
    db.close()
    throw asDatabaseFailure(error, dbPath)
  }
}
