import Database from 'better-sqlite3'

export interface StoredArticleRow {
  id: string
  section: string
  headline: string
  dek: string
  /** The first of the article's bylines (stored as a JSON list since schema 3). */
  byline: string
  body_json: string
  word_count: number
  version: number
  /** The workflow status (schema 4): draft, in_review, approved or published. */
  status: string
}

export interface BodyNode {
  type: string
  attrs?: Record<string, unknown>
  content?: BodyNode[]
  text?: string
}

// The app writes an article's row from its document within two seconds of rest
// (one, as built); a reader that goes round the app waits for that, no longer.
const ROWS_FOLLOW_WITHIN_MS = 5_000
const pause = new Int32Array(new SharedArrayBuffer(4))

/**
 * A read-only connection to the SQLite file the host writes, opened once no
 * article's row lags behind its document: what a second program reading the
 * file sees once the app has rested after the last save.
 */
export function openStoredRows(dbPath: string): Database.Database {
  const until = Date.now() + ROWS_FOLLOW_WITHIN_MS
  for (;;) {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true })
    const behind = (db.prepare('SELECT count(*) AS n FROM article_rows_behind').get() as { n: number }).n
    if (behind === 0 || Date.now() > until) return db
    db.close()
    Atomics.wait(pause, 0, 0, 50)
  }
}

/**
 * What is really on disk, read the way a second program would: a read-only
 * connection to the SQLite file the host writes.
 */
export function readStore(dbPath: string): { articles: StoredArticleRow[]; mediaCount: number } {
  const db = openStoredRows(dbPath)
  try {
    const articles = db
      .prepare(`SELECT id, section, headline, dek, coalesce(json_extract(bylines_json, '$[0]'), '') AS byline,
                body_json, word_count, version, status FROM articles ORDER BY created_at`)
      .all() as StoredArticleRow[]
    const mediaCount = (db.prepare('SELECT count(*) AS n FROM media').get() as { n: number }).n
    return { articles, mediaCount }
  } finally {
    db.close()
  }
}

export function nodesOfType(node: BodyNode, type: string): BodyNode[] {
  const found: BodyNode[] = node.type === type ? [node] : []
  for (const child of node.content ?? []) found.push(...nodesOfType(child, type))
  return found
}

export function textOf(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? ''
  return (node.content ?? []).map(textOf).join('')
}
