import type Database from 'better-sqlite3'
import type { Log } from '../../log/log'

/**
 * One schema step. A shipped step is frozen: it never changes and never
 * calls the app's live code (its slug rule, its default lists), whose later
 * changes would make the same step do something else on a later build. A
 * change to the schema is a new step with the next number.
 */
export type SchemaStep = (db: Database.Database, log: Log) => void

export interface Migration {
  version: number
  up: SchemaStep
}
