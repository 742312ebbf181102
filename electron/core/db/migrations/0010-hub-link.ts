import type { SchemaStep } from './migration'

/**
 * The newsroom hub: the one hub this desk has joined (its address, the member
 * token it was handed, and who the hub said that token belongs to), and the
 * articles this desk shares with it. For each shared article the desk keeps
 * what it last knew the hub held (the hub's state vector) and how far its
 * own update log had been confirmed, so the edits still waiting to go can be
 * counted while the hub is out of reach.
 */
export const updateToSchemaVersion10: SchemaStep = (db) => {
  db.exec(`
    CREATE TABLE hub_link (
      only           INTEGER PRIMARY KEY CHECK (only = 1),
      url            TEXT NOT NULL,
      token          TEXT NOT NULL,
      member_name    TEXT NOT NULL,
      role           TEXT NOT NULL CHECK (role IN ('journalist', 'editor', 'web_desk')),
      joined_at      TEXT NOT NULL,
      last_synced_at TEXT
    ) STRICT;

    CREATE TABLE hub_shared_articles (
      article_id    TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      shared_at     TEXT NOT NULL,
      hub_vector    BLOB,
      confirmed_seq INTEGER NOT NULL DEFAULT 0
    ) STRICT;
  `)
}
