import type { SchemaStep } from './migration'

/**
 * Each search key's edit time as a number of days (SQLite's Julian day).
 *
 * Recent articles are favoured in the ranking, so every match's age is worked
 * out before the first page is known. Read as text, each age meant parsing a
 * date: with a common word matching three quarters of a 100,000-article
 * archive, that parsing was over a third of the search. The number is kept
 * beside the text, by trigger, whoever writes the key or the row it copies.
 */
export const updateToSchemaVersion15: SchemaStep = (db) => {
  db.exec(`
    ALTER TABLE search_keys ADD COLUMN edit_day REAL NOT NULL DEFAULT 0;
    UPDATE search_keys SET edit_day = coalesce(julianday(updated_at), 0);

    CREATE TRIGGER search_keys_edit_day_on_insert AFTER INSERT ON search_keys BEGIN
      UPDATE search_keys SET edit_day = coalesce(julianday(new.updated_at), 0) WHERE key = new.key;
    END;
    CREATE TRIGGER search_keys_edit_day_on_update AFTER UPDATE OF updated_at ON search_keys BEGIN
      UPDATE search_keys SET edit_day = coalesce(julianday(new.updated_at), 0) WHERE key = new.key;
    END;
  `)
}
