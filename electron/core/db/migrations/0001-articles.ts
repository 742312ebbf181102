import type { SchemaStep } from './migration'

export const updateToSchemaVersion1: SchemaStep = (db) => {
  db.exec(`
    CREATE TABLE articles (
      id          TEXT PRIMARY KEY,
      section     TEXT NOT NULL DEFAULT '',
      kicker      TEXT NOT NULL DEFAULT '',
      headline    TEXT NOT NULL DEFAULT '',
      dek         TEXT NOT NULL DEFAULT '',
      byline      TEXT NOT NULL DEFAULT '',
      dateline    TEXT NOT NULL DEFAULT '',
      body_json   TEXT NOT NULL,
      plain_text  TEXT NOT NULL DEFAULT '',
      word_count  INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
      version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
  `)
}
