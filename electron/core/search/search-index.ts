import type Database from 'better-sqlite3'
import { SEARCH_TERMS_VERSION } from '../../../shared/search/search-terms'
import type { SearchableArticle } from './searchable-article'
import { STORED_COLUMNS, searchableOfRow, type StoredRow } from './searchable-row'

/**
 * Keeps article_search in step with the articles. `write` runs inside the
 * store's own write transaction, so the row and its terms commit together;
 * a deletion is followed by the schema's trigger.
 */
export interface SearchIndex {
  /**
   * The article's terms, written with its row. `edit` names the row's edit time before this
   * write and after it: terms this index wrote at the earlier time, unchanged since, are not
   * written again.
   */
  write(articleId: string, article: SearchableArticle, edit?: { before: string | null; after: string }): void
  /** Builds the whole index again from the articles, in one transaction; returns how many it indexed. */
  rebuild(): number
  /** Whether the index was built, by the rules this build normalizes and stems with. */
  isCurrent(): boolean
}

/** What the index is made from, with what the search keys copy from the row to filter on. */
type IndexedRow = StoredRow & { status: string; updated_at: string }

// The articles being edited now; a long article's terms are some 100 KB.
const REMEMBERED_ARTICLES = 16

export function createSearchIndex(db: Database.Database): SearchIndex {
  const keyOf = db.prepare<[string], { key: number }>('SELECT key FROM search_keys WHERE article_id = ?')
  // A new key carries what the search filters on from the row just written (a trigger keeps it in step after).
  const newKey = db.prepare<[string]>('INSERT INTO search_keys (article_id, section, status, updated_at) SELECT id, section, status, updated_at FROM articles WHERE id = ?')
  const keyOfRow = db.prepare<[string, string, string, string]>('INSERT INTO search_keys (article_id, section, status, updated_at) VALUES (?, ?, ?, ?)')
  const dropTerms = db.prepare<[number]>('DELETE FROM article_search WHERE rowid = ?')
  const addTerms = db.prepare(`
    INSERT INTO article_search (rowid, headline, kicker, dek, body, captions, bylines, tags, section)
    VALUES (@key, @headline, @kicker, @dek, @body, @captions, @bylines, @tags, @section)`)
  const state = db.prepare<[], { terms_version: number }>('SELECT terms_version FROM search_index_state')
  const markBuilt = db.prepare<[number, string]>(
    'INSERT INTO search_index_state (only, terms_version, built_at) VALUES (1, ?, ?) ON CONFLICT (only) DO UPDATE SET terms_version = excluded.terms_version, built_at = excluded.built_at'
  )
  // In batches by id: the whole archive's bodies at once would not fit in memory at 100,000 articles.
  const rowsAfter = db.prepare<[string], IndexedRow>(
    `SELECT ${STORED_COLUMNS}, status, updated_at FROM articles WHERE id > ? ORDER BY id LIMIT 500`
  )

  // What this index last wrote for an article and the row's edit time then. Every write of an
  // article's row moves its edit time on (the store never repeats one), so a row still at that
  // time holds what was written then, whoever else shares the file.
  const lastWritten = new Map<string, { at: string; article: SearchableArticle }>()
  const unchanged = (articleId: string, article: SearchableArticle, before: string | null): boolean => {
    const last = lastWritten.get(articleId)
    if (!last || before === null || last.at !== before) return false
    return (Object.keys(article) as (keyof SearchableArticle)[]).every((column) => last.article[column] === article[column])
  }
  const remember = (articleId: string, article: SearchableArticle, at: string): void => {
    lastWritten.delete(articleId)
    if (lastWritten.size >= REMEMBERED_ARTICLES) lastWritten.delete(lastWritten.keys().next().value!)
    lastWritten.set(articleId, { at, article })
  }

  const write = (articleId: string, article: SearchableArticle, edit?: { before: string | null; after: string }): void => {
    // A save that changed nothing the index holds (an SEO title, a dateline) leaves its terms as they are.
    if (edit && unchanged(articleId, article, edit.before)) {
      remember(articleId, article, edit.after)
      return
    }
    const known = keyOf.get(articleId)
    let key: number
    if (known) {
      key = known.key
      dropTerms.run(key)
    } else {
      const inserted = newKey.run(articleId)
      // No row to index (it was never written): nothing to key.
      if (inserted.changes === 0) return
      key = Number(inserted.lastInsertRowid)
    }
    addTerms.run({ key, ...article })
    if (edit) remember(articleId, article, edit.after)
  }

  const rebuildTx = db.transaction((): number => {
    // Emptied and filled again: keys restart too, and the segments merge once at the end.
    db.exec("DELETE FROM search_keys; INSERT INTO article_search (article_search) VALUES ('delete-all')")
    let count = 0
    let after = ''
    for (;;) {
      const rows = rowsAfter.all(after)
      if (rows.length === 0) break
      for (const row of rows) {
        const key = Number(keyOfRow.run(row.id, row.section, row.status, row.updated_at).lastInsertRowid)
        addTerms.run({ key, ...searchableOfRow(row) })
      }
      count += rows.length
      after = rows[rows.length - 1]!.id
    }
    db.exec("INSERT INTO article_search (article_search) VALUES ('optimize')")
    markBuilt.run(SEARCH_TERMS_VERSION, new Date().toISOString())
    return count
  })

  return {
    write,
    rebuild: () => rebuildTx.immediate(),
    isCurrent: () => state.get()?.terms_version === SEARCH_TERMS_VERSION
  }
}
