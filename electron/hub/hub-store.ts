import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

/** The hub's own file in its data folder: members, documents and pictures. */
export const HUB_DATABASE = 'hub.sqlite'

/**
 * What the hub keeps, in one SQLite file in WAL mode. A document is a
 * compacted state plus the updates received since, each committed before the
 * hub acknowledges it: a hub killed mid-sync comes back with every update it
 * confirmed, and whatever it had not confirmed the desks send again.
 */
export type HubDatabase = Database.Database

const schema = `
  CREATE TABLE IF NOT EXISTS members (
    name        TEXT PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('journalist', 'editor', 'web_desk')),
    token_hash  TEXT NOT NULL UNIQUE,
    added_at    TEXT NOT NULL,
    expires_at  TEXT,
    revoked_at  TEXT
  ) STRICT;
  CREATE TABLE IF NOT EXISTS documents (
    name       TEXT PRIMARY KEY,
    state      BLOB NOT NULL,
    stored_at  TEXT NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS document_updates (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL,
    data         BLOB NOT NULL,
    member       TEXT NOT NULL,
    received_at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS document_updates_by_name ON document_updates (name, seq);
  CREATE TABLE IF NOT EXISTS pictures (
    hash         TEXT PRIMARY KEY,
    extension    TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    member       TEXT NOT NULL,
    received_at  TEXT NOT NULL
  ) STRICT;
`

export function openHubDatabase(dataDir: string): HubDatabase {
  mkdirSync(dataDir, { recursive: true })
  const db = new Database(join(dataDir, HUB_DATABASE))
  db.pragma('journal_mode = WAL')
  // In WAL mode NORMAL keeps every commit through a killed process; only a
  // power cut may take the last few, and the desks still hold those and resend.
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  db.exec(schema)
  return db
}
