import type { SchemaStep } from './migration'

/**
 * The status history: every change of workflow status with its time, so
 * the export knows when an article was published and the desk can see
 * that an approved text was edited and went back to review. Nothing was
 * recorded before: an article already past draft gets one entry, from an
 * unknown status, at its last edit, the best time known for it.
 */
export const updateToSchemaVersion5: SchemaStep = (db, log) => {
  db.exec(`
    CREATE TABLE article_status_changes (
      id          INTEGER PRIMARY KEY,
      article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      from_status TEXT CHECK (from_status IN ('draft', 'in_review', 'approved', 'published')),
      to_status   TEXT NOT NULL CHECK (to_status IN ('draft', 'in_review', 'approved', 'published')),
      changed_at  TEXT NOT NULL,
      reason      TEXT NOT NULL CHECK (reason IN ('set', 'edited_after_approval', 'migrated'))
    ) STRICT;
    CREATE INDEX article_status_changes_by_article ON article_status_changes (article_id, id);
  `)
  const started = db.prepare(`
    INSERT INTO article_status_changes (article_id, from_status, to_status, changed_at, reason)
      SELECT id, NULL, status, updated_at, 'migrated' FROM articles WHERE status <> 'draft' ORDER BY updated_at, id
  `).run()
  log.info('status history started for articles past draft', { articles: started.changes })
}
