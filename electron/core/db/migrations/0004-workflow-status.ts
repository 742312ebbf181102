import type { SchemaStep } from './migration'

/**
 * The workflow status (draft → in review → approved → published), for batch
 * export. Every article already written is a draft until a desk says otherwise.
 */
export const updateToSchemaVersion4: SchemaStep = (db) => {
  db.exec(`
    ALTER TABLE articles ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
      CHECK (status IN ('draft', 'in_review', 'approved', 'published'));
    CREATE INDEX articles_by_status ON articles (status, updated_at DESC);
  `)
}
