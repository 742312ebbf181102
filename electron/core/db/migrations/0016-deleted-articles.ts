import type { SchemaStep } from './migration'

/**
 * When this desk deleted an article, kept after its row is gone.
 *
 * Another desk keeps its copy, and a bundle from there would bring the
 * article back as if it were new here. Knowing it was deleted here, the
 * preview says so before anything is merged. Triggers keep the table, so a
 * deletion by the app or by the command line is noted alike, and an article
 * that comes back (merged, received) is no longer counted as deleted.
 */
export const updateToSchemaVersion16: SchemaStep = (db) => {
  db.exec(`
    CREATE TABLE deleted_articles (
      id         TEXT PRIMARY KEY,
      deleted_at TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TRIGGER deleted_articles_note AFTER DELETE ON articles BEGIN
      INSERT OR REPLACE INTO deleted_articles (id, deleted_at) VALUES (old.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    END;
    CREATE TRIGGER deleted_articles_back AFTER INSERT ON articles BEGIN
      DELETE FROM deleted_articles WHERE id = new.id;
    END;
  `)
}
