import type { SchemaStep } from './migration'

/**
 * The search index cut by FTS5's `ascii` tokenizer instead of `unicode61`.
 *
 * What the index is given is already Midad's own terms: normalized, stemmed,
 * letters and digits only, one space apart. `unicode61` read every character
 * of them again to decide where words end, and that was most of FTS5's cost
 * of writing a long article. `ascii` cuts at the same spaces (it keeps every
 * character beyond ASCII inside a word, and the terms hold no ASCII
 * punctuation), so the words are the same and a save writes them sooner.
 *
 * A tokenizer cannot be changed in place: the index is made again, empty,
 * and its state row removed, so core builds it from the articles at open as
 * it did after step 11.
 */
export const updateToSchemaVersion14: SchemaStep = (db) => {
  db.exec(`
    DROP TABLE article_search;
    CREATE VIRTUAL TABLE article_search USING fts5(
      headline, kicker, dek, body, captions, bylines, tags, section,
      content = '', contentless_delete = 1,
      tokenize = 'ascii'
    );
    DELETE FROM search_keys;
    DELETE FROM search_index_state;
  `)
}
