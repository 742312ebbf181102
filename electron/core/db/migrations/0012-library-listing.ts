import type { SchemaStep } from './migration'

/**
 * The library lists, counts and filters articles from indexes that hold every
 * column a row of the list shows. An article's row stores its two copies of
 * the body before its status, counts and times, so reading the list from the
 * rows themselves walks every body (the whole file, on a large archive); read
 * from these indexes it never touches a body. The status index is kept narrow
 * beside them so counting by status reads as little as can be.
 */
export const updateToSchemaVersion12: SchemaStep = (db) => {
  db.exec(`
    DROP INDEX articles_by_updated_at;
    DROP INDEX articles_by_status;
    CREATE INDEX articles_listing ON articles
      (updated_at DESC, id, headline, section, status, word_count, created_at, open_threads, pending_suggestions);
    CREATE INDEX articles_listing_by_status ON articles
      (status, updated_at DESC, id, headline, section, word_count, created_at, open_threads, pending_suggestions);
    CREATE INDEX articles_status ON articles (status);
  `)
}
