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
  write(articleId: string, article: SearchableArticle): void
  /** Builds the whole index again from the articles, in one transaction; returns how many it indexed. */
  rebuild(): number
  /** Whether the index was built, by the rules this build normalizes and stems with. */
  isCurrent(): boolean
}

export function createSearchIndex(db: Database.Database): SearchIndex {
  const keyOf = db.prepare<[string], { key: number }>('SELECT key FROM search_keys WHERE article_id = ?')
  const newKey = db.prepare<[string]>('INSERT INTO search_keys (article_id) VALUES (?)')
  const dropTerms = db.prepare<[number]>('DELETE FROM article_search WHERE rowid = ?')
  const addTerms = db.prepare(`
    INSERT INTO article_search (rowid, headline, kicker, dek, body, captions, bylines, tags, section)
    VALUES (@key, @headline, @kicker, @dek, @body, @captions, @bylines, @tags, @section)`)
  const state = db.prepare<[], { terms_version: number }>('SELECT terms_version FROM search_index_state')
  const markBuilt = db.prepare<[number, string]>(
    'INSERT INTO search_index_state (only, terms_version, built_at) VALUES (1, ?, ?) ON CONFLICT (only) DO UPDATE SET terms_version = excluded.terms_version, built_at = excluded.built_at'
  )
  // In batches by id: the whole archive's bodies at once would not fit in memory at 100,000 articles.
  const rowsAfter = db.prepare<[string], StoredRow>(
    `SELECT ${STORED_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT 500`
  )

  const write = (articleId: string, article: SearchableArticle): void => {
    const known = keyOf.get(articleId)
    let key: number
    if (known) {
      key = known.key
      dropTerms.run(key)
    } else {
      key = Number(newKey.run(articleId).lastInsertRowid)
    }
    addTerms.run({ key, ...article })
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
        const key = Number(newKey.run(row.id).lastInsertRowid)
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
