import type Database from 'better-sqlite3'

/** The articles this desk deleted (schema step 16 notes each deletion by trigger). */
export interface DeletedArticles {
  /** When this desk deleted the article, or null if it never did, or it has come back since. */
  deletedAt(id: string): string | null
}

export function createDeletedArticles(db: Database.Database): DeletedArticles {
  const select = db.prepare<[string], { deleted_at: string }>('SELECT deleted_at FROM deleted_articles WHERE id = ?')
  return { deletedAt: (id) => select.get(id)?.deleted_at ?? null }
}
