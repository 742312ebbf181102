import { defaultDatabasePath } from '../core'

/** --db, else MIDAD_DB, else the database the desktop app uses. */
export function databasePath(db: string | undefined, env: NodeJS.ProcessEnv): string {
  if (db) return db
  if (env.MIDAD_DB) return env.MIDAD_DB
  return defaultDatabasePath()
}
