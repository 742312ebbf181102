import { updateToSchemaVersion1 } from './0001-articles'
import { updateToSchemaVersion2 } from './0002-media'
import { updateToSchemaVersion3 } from './0003-newsroom-metadata'
import { updateToSchemaVersion4 } from './0004-workflow-status'
import { updateToSchemaVersion5 } from './0005-status-history'
import { updateToSchemaVersion6 } from './0006-documents-and-people'
import { updateToSchemaVersion7 } from './0007-revisions'
import { updateToSchemaVersion8 } from './0008-review-counts-and-mentions'
import { updateToSchemaVersion9 } from './0009-bundles'
import { updateToSchemaVersion10 } from './0010-hub-link'
import { updateToSchemaVersion11 } from './0011-article-search'
import { updateToSchemaVersion12 } from './0012-library-listing'
import { updateToSchemaVersion13 } from './0013-search-keys-filters'
import { updateToSchemaVersion14 } from './0014-search-ascii-tokenizer'
import { updateToSchemaVersion15 } from './0015-search-keys-edit-day'
import { updateToSchemaVersion16 } from './0016-deleted-articles'
import type Database from 'better-sqlite3'
import { nullLog, type Log } from '../../log/log'
import { checkMigrationOrder } from './check-order'
import { applyMigrations, newestVersionIn } from './migrate'
import type { Migration } from './migration'

export type { Migration, SchemaStep } from './migration'
export { readSchemaVersion, tooNew } from './migrate'

/**
 * Numbered schema steps, applied in order on `PRAGMA user_version`, one file
 * each. The order is checked as this module loads: a build with a gap or a
 * swap does not start.
 */
export const migrations: readonly Migration[] = checkMigrationOrder([
  { version: 1, up: updateToSchemaVersion1 },
  { version: 2, up: updateToSchemaVersion2 },
  { version: 3, up: updateToSchemaVersion3 },
  { version: 4, up: updateToSchemaVersion4 },
  { version: 5, up: updateToSchemaVersion5 },
  { version: 6, up: updateToSchemaVersion6 },
  { version: 7, up: updateToSchemaVersion7 },
  { version: 8, up: updateToSchemaVersion8 },
  { version: 9, up: updateToSchemaVersion9 },
  { version: 10, up: updateToSchemaVersion10 },
  { version: 11, up: updateToSchemaVersion11 },
  { version: 12, up: updateToSchemaVersion12 },
  { version: 13, up: updateToSchemaVersion13 },
  { version: 14, up: updateToSchemaVersion14 },
  { version: 15, up: updateToSchemaVersion15 },
  { version: 16, up: updateToSchemaVersion16 }
])

export const latestSchemaVersion = (list: readonly Migration[] = migrations): number => newestVersionIn(list)

/** Brings the database up to the newest schema this build knows (or the newest step of `list`). */
export const migrate = (db: Database.Database, list: readonly Migration[] = migrations, log: Log = nullLog): number =>
  applyMigrations(db, list, log)
