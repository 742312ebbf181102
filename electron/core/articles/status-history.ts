import type Database from 'better-sqlite3'
import { ArticleStatus, StatusChangeReason, type StatusChange } from '../../../shared/article/status'

/** Every change of an article's workflow status, oldest first (table article_status_changes). */
export interface StatusHistory {
  record(articleId: string, change: StatusChange, personId?: string | null): void
  list(articleId: string): StatusChange[]
  /** When the article last became published, or null if it never did. */
  publishedAt(articleId: string): string | null
}

interface StatusChangeRow {
  from_status: string | null
  to_status: string
  changed_at: string
  reason: string
}

// The columns' CHECKs keep other values out; a row edited by hand reads as a plain choice.
const statusChangeFromRow = (row: StatusChangeRow): StatusChange => ({
  from: row.from_status === null ? null : ArticleStatus.catch('draft').parse(row.from_status),
  to: ArticleStatus.catch('draft').parse(row.to_status),
  changedAt: row.changed_at,
  reason: StatusChangeReason.catch('set').parse(row.reason)
})

export function createStatusHistory(db: Database.Database): StatusHistory {
  const insert = db.prepare<[string, string | null, string, string, string, string | null]>(
    'INSERT INTO article_status_changes (article_id, from_status, to_status, changed_at, reason, person_id) VALUES (?, ?, ?, ?, ?, ?)'
  )
  const select = db.prepare<[string], StatusChangeRow>(
    'SELECT from_status, to_status, changed_at, reason FROM article_status_changes WHERE article_id = ? ORDER BY id'
  )
  const selectPublished = db.prepare<[string], { changed_at: string }>(
    "SELECT changed_at FROM article_status_changes WHERE article_id = ? AND to_status = 'published' ORDER BY id DESC LIMIT 1"
  )
  return {
    record: (articleId, change, personId = null) => void insert.run(articleId, change.from, change.to, change.changedAt, change.reason, personId),
    list: (articleId) => select.all(articleId).map(statusChangeFromRow),
    publishedAt: (articleId) => selectPublished.get(articleId)?.changed_at ?? null
  }
}
