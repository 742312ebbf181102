import type { SchemaStep } from './migration'

/**
 * The archive's search index. The words it holds are normalized and stemmed
 * by the app's Arabic rules, which live in code and will be refined; a frozen
 * step cannot run them. So this step only makes the empty index and leaves
 * its state without a row: core sees an index never built (or built by other
 * rules than its own) and builds it from the articles when it opens the file.
 *
 * - search_keys gives each article the integer key the index needs (an
 *   article's id is text);
 * - article_search is contentless: it keeps the terms, never a second copy
 *   of the text, which stays in articles;
 * - deleting an article takes its terms with it, by trigger, whoever deletes.
 */
export const updateToSchemaVersion11: SchemaStep = (db) => {
  db.exec(`
    CREATE TABLE search_keys (
      key        INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL UNIQUE
    ) STRICT;

    CREATE VIRTUAL TABLE article_search USING fts5(
      headline, kicker, dek, body, captions, bylines, tags, section,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0'
    );

    CREATE TABLE search_index_state (
      only          INTEGER PRIMARY KEY CHECK (only = 1),
      terms_version INTEGER NOT NULL,
      built_at      TEXT NOT NULL
    ) STRICT;

    CREATE TRIGGER article_search_follows_deletion AFTER DELETE ON articles BEGIN
      DELETE FROM article_search WHERE rowid IN (SELECT key FROM search_keys WHERE article_id = old.id);
      DELETE FROM search_keys WHERE article_id = old.id;
    END;
  `)
}
