import type Database from 'better-sqlite3'
import { MidadError } from '../../../shared/contract/errors'
import { defaultSections } from '../../../shared/settings/newsroom-settings'
import { slugFromHeadline } from '../../../shared/text/slug'

/**
 * Numbered schema steps, applied in order on `PRAGMA user_version`. A shipped
 * migration is never edited: a change to the schema is a new number, so every
 * database a journalist already has can be brought forward.
 */
export interface Migration {
  version: number
  up(db: Database.Database): void
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    up: (db) => {
      db.exec(`
        CREATE TABLE articles (
          id          TEXT PRIMARY KEY,
          section     TEXT NOT NULL DEFAULT '',
          kicker      TEXT NOT NULL DEFAULT '',
          headline    TEXT NOT NULL DEFAULT '',
          dek         TEXT NOT NULL DEFAULT '',
          byline      TEXT NOT NULL DEFAULT '',
          dateline    TEXT NOT NULL DEFAULT '',
          body_json   TEXT NOT NULL,
          plain_text  TEXT NOT NULL DEFAULT '',
          word_count  INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
          version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
          created_at  TEXT NOT NULL,
          updated_at  TEXT NOT NULL
        ) STRICT;
      `)
    }
  },
  {
    // Pictures stored by the app, and the index the newest-first list reads.
    version: 2,
    up: (db) => {
      db.exec(`
        CREATE TABLE media (
          id          TEXT PRIMARY KEY,
          mime        TEXT NOT NULL,
          width       INTEGER NOT NULL CHECK (width > 0),
          height      INTEGER NOT NULL CHECK (height > 0),
          bytes       INTEGER NOT NULL CHECK (bytes > 0),
          created_at  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX articles_by_updated_at ON articles (updated_at DESC);
      `)
    }
  },
  {
    // Issue #3 metadata: several bylines (the single one carried over), tags,
    // slug, SEO fields, lead image; the newsroom's sections and settings.
    version: 3,
    up: (db) => {
      db.exec(`
        ALTER TABLE articles ADD COLUMN bylines_json TEXT NOT NULL DEFAULT '[]';
        UPDATE articles SET bylines_json = json_array(trim(byline)) WHERE trim(byline) <> '';
        ALTER TABLE articles DROP COLUMN byline;
        ALTER TABLE articles ADD COLUMN tags_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE articles ADD COLUMN slug TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN slug_is_custom INTEGER NOT NULL DEFAULT 0 CHECK (slug_is_custom IN (0, 1));
        ALTER TABLE articles ADD COLUMN slug_script TEXT NOT NULL DEFAULT 'arabic';
        ALTER TABLE articles ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN seo_description TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN lead_image_json TEXT;
        CREATE TABLE sections (
          position    INTEGER NOT NULL,
          name        TEXT PRIMARY KEY
        ) STRICT;
        CREATE TABLE settings (
          key         TEXT PRIMARY KEY,
          value_json  TEXT NOT NULL
        ) STRICT;
      `)
      // Every stored article gets the slug its headline gives today; the
      // newsroom starts from a usual list of sections, which it can edit.
      const setSlug = db.prepare<[string, string]>('UPDATE articles SET slug = ? WHERE id = ?')
      for (const row of db.prepare<[], { id: string; headline: string }>('SELECT id, headline FROM articles').all()) {
        setSlug.run(slugFromHeadline(row.headline), row.id)
      }
      const addSection = db.prepare<[number, string]>('INSERT INTO sections (position, name) VALUES (?, ?)')
      defaultSections.forEach((name, position) => addSection.run(position, name))
    }
  },
  {
    // Issue #4 batch export: the workflow status (draft → in review → approved
    // → published). Every article already written is a draft until a desk says otherwise.
    version: 4,
    up: (db) => {
      db.exec(`
        ALTER TABLE articles ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'in_review', 'approved', 'published'));
        CREATE INDEX articles_by_status ON articles (status, updated_at DESC);
      `)
    }
  },
  {
    // The status history: every change of workflow status with its time, so
    // the export knows when an article was published and the desk can see
    // that an approved text was edited and went back to review. Nothing was
    // recorded before: an article already past draft gets one entry, from an
    // unknown status, at its last edit, the best time known for it.
    version: 5,
    up: (db) => {
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
        INSERT INTO article_status_changes (article_id, from_status, to_status, changed_at, reason)
          SELECT id, NULL, status, updated_at, 'migrated' FROM articles WHERE status <> 'draft' ORDER BY updated_at, id;
      `)
    }
  }
]

export const latestSchemaVersion = (list: readonly Migration[] = migrations): number =>
  list.reduce((max, m) => Math.max(max, m.version), 0)

export function readSchemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }))
}

export function tooNew(found: number, supported: number): MidadError {
  return new MidadError('db_too_new', { found, supported }, `database schema ${found} is newer than ${supported}`)
}

/**
 * Brings the database up to the newest schema this build knows. Each step runs
 * in its own write transaction and re-reads the version inside it, so the app
 * and the CLI opening an old file at the same moment never apply a step twice.
 */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number {
  const supported = latestSchemaVersion(list)
  const found = readSchemaVersion(db)
  if (found > supported) throw tooNew(found, supported)
  const pending = [...list].filter((m) => m.version > found).sort((a, b) => a.version - b.version)
  for (const migration of pending) {
    db.transaction(() => {
      const current = readSchemaVersion(db)
      if (current > supported) throw tooNew(current, supported)
      if (current >= migration.version) return
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }).immediate()
  }
  return readSchemaVersion(db)
}
