import type { SchemaStep } from './migration'

/**
 * Revisions: the article's whole document as it stood at a moment worth
 * keeping (saved by hand with a label, a status change, an import, a restore,
 * closing after changes, every ten minutes of editing), with who made it and
 * how many words it added and removed against the one before. The hash of its
 * words and metadata keeps the same text from being recorded twice in a row.
 *
 * An approval, and a publication, names the revision it vouched for.
 */
export const updateToSchemaVersion7: SchemaStep = (db) => {
  db.exec(`
    CREATE TABLE revisions (
      id            TEXT PRIMARY KEY,
      article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      state         BLOB NOT NULL,
      content_hash  TEXT NOT NULL,
      kind          TEXT NOT NULL CHECK (kind IN ('named', 'status', 'import', 'restore', 'before_restore', 'before_import', 'closed', 'timed')),
      label         TEXT NOT NULL,
      status        TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'published')),
      person_id     TEXT REFERENCES people (id),
      recorded_at   TEXT NOT NULL,
      words_added   INTEGER NOT NULL,
      words_removed INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX revisions_by_article ON revisions (article_id, recorded_at);

    ALTER TABLE articles ADD COLUMN approved_revision TEXT;
    ALTER TABLE articles ADD COLUMN published_revision TEXT;
  `)
}
