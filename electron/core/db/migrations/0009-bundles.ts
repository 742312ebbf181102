import type { SchemaStep } from './migration'

/**
 * Review bundles: articles carried between desks as one signed file.
 *
 * - known_devices: every device whose bundle this desk merged, with the
 *   signing key it came with. A later bundle that names the same device with
 *   another key is refused: it is most likely not from that device.
 * - article_documents.origin: a document is either converted here from the
 *   article's stored JSON, or received whole from another desk. A received
 *   one must never be converted again (the words would double once the copies
 *   merge); for it, converted_at is when it arrived and converted_on the
 *   device that sent it.
 * - revisions may be of kind 'merge': what the article became when a bundle
 *   merged into it. SQLite cannot change a CHECK in place, so the table is
 *   copied into one with the wider CHECK (nothing references it by key).
 */
export const updateToSchemaVersion9: SchemaStep = (db) => {
  db.exec(`
    CREATE TABLE known_devices (
      device_id     TEXT PRIMARY KEY,
      public_key    TEXT NOT NULL,
      person_id     TEXT REFERENCES people (id),
      first_seen_at TEXT NOT NULL
    ) STRICT;

    ALTER TABLE article_documents ADD COLUMN origin TEXT NOT NULL DEFAULT 'converted' CHECK (origin IN ('converted', 'received'));

    CREATE TABLE revisions_with_merges (
      id            TEXT PRIMARY KEY,
      article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      state         BLOB NOT NULL,
      content_hash  TEXT NOT NULL,
      kind          TEXT NOT NULL CHECK (kind IN ('named', 'status', 'import', 'restore', 'before_restore', 'before_import', 'closed', 'timed', 'merge')),
      label         TEXT NOT NULL,
      status        TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'published')),
      person_id     TEXT REFERENCES people (id),
      recorded_at   TEXT NOT NULL,
      words_added   INTEGER NOT NULL,
      words_removed INTEGER NOT NULL
    ) STRICT;
    INSERT INTO revisions_with_merges (rowid, id, article_id, state, content_hash, kind, label, status, person_id, recorded_at, words_added, words_removed)
      SELECT rowid, id, article_id, state, content_hash, kind, label, status, person_id, recorded_at, words_added, words_removed FROM revisions;
    DROP TABLE revisions;
    ALTER TABLE revisions_with_merges RENAME TO revisions;
    CREATE INDEX revisions_by_article ON revisions (article_id, recorded_at);
  `)
}
