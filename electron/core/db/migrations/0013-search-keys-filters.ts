import type { SchemaStep } from './migration'

/**
 * What a search filters and orders on, beside each article's search key.
 *
 * A word found in most of the archive matches tens of thousands of articles,
 * and every one of them must be filtered by section and status and weighed
 * by its age before the first page is known. Read from `articles`, each of
 * those rows carries its body, so the search read far more than it needed.
 * search_keys is narrow and keyed by the index's own row number: the search
 * reads the filters there and touches `articles` only for the page it shows.
 *
 * The copy follows the row by trigger, whoever writes it (a status change, a
 * save, an arrival from another desk); a new key takes the row's values when
 * the index writes it.
 */
export const updateToSchemaVersion13: SchemaStep = (db) => {
  db.exec(`
    ALTER TABLE search_keys ADD COLUMN section TEXT NOT NULL DEFAULT '';
    ALTER TABLE search_keys ADD COLUMN status TEXT NOT NULL DEFAULT '';
    ALTER TABLE search_keys ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';

    UPDATE search_keys SET (section, status, updated_at) =
      (SELECT a.section, a.status, a.updated_at FROM articles a WHERE a.id = search_keys.article_id);

    CREATE TRIGGER search_keys_follow_articles AFTER UPDATE OF section, status, updated_at ON articles BEGIN
      UPDATE search_keys SET section = new.section, status = new.status, updated_at = new.updated_at
      WHERE article_id = new.id;
    END;
  `)
}
