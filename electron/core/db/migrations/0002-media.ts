import type { SchemaStep } from './migration'

/** Pictures stored by the app, and the index the newest-first list reads. */
export const updateToSchemaVersion2: SchemaStep = (db) => {
  db.exec(`
    CREATE TABLE media (
      id          TEXT PRIMARY KEY,
      mime        TEXT NOT NULL,
      width       INTEGER NOT NULL CHECK (width > 0),
      height      INTEGER NOT NULL CHECK (height > 0),
      bytes       INTEGER NOT NULL CHECK (bytes > 0),
      created_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX articles_by_updated_at ON articles (updated_at DESC);
  `)
}
