import type { SchemaStep } from './migration'

/**
 * Review in the library: each article's row counts its open comment threads
 * and the suggestions still waiting for a decision, and who is mentioned in
 * which thread is kept where a desk can ask for its own mentions across
 * articles. Both are written from the article's document whenever its row is
 * (the document is where threads and suggestions live).
 *
 * Rows already stored start at nothing open and no mentions: nothing before
 * this step wrote threads or suggestions, and working them out here would
 * mean reading documents with live code. An article's next edit sets them.
 */
export const updateToSchemaVersion8: SchemaStep = (db) => {
  db.exec(`
    ALTER TABLE articles ADD COLUMN open_threads INTEGER NOT NULL DEFAULT 0 CHECK (open_threads >= 0);
    ALTER TABLE articles ADD COLUMN pending_suggestions INTEGER NOT NULL DEFAULT 0 CHECK (pending_suggestions >= 0);

    CREATE TABLE thread_mentions (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      thread_id  TEXT NOT NULL,
      reply_id   TEXT NOT NULL,
      person_id  TEXT NOT NULL,
      by_id      TEXT NOT NULL,
      at         TEXT NOT NULL,
      text       TEXT NOT NULL,
      resolved   INTEGER NOT NULL CHECK (resolved IN (0, 1)),
      PRIMARY KEY (article_id, reply_id, person_id)
    ) STRICT;
    CREATE INDEX thread_mentions_by_person ON thread_mentions (person_id, at);
  `)
}
