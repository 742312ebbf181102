import type Database from 'better-sqlite3'
import { PersonRole } from '../../../shared/people/person'

/** The hub this desk joined, as kept in hub_link. */
export interface StoredHubLink {
  url: string
  token: string
  memberName: string
  role: PersonRole
  joinedAt: string
  lastSyncedAt: string | null
}

export interface SharedArticleRow {
  articleId: string
  /** What the desk last knew the hub held of the article; null before its first sync. */
  hubVector: Uint8Array | null
  /** The article's update log was confirmed up to this row. */
  confirmedSeq: number
}

export interface HubLinkStore {
  link(): StoredHubLink | null
  saveLink(link: Omit<StoredHubLink, 'lastSyncedAt'>): void
  /** Forgets the hub; the articles stay, and nothing is shared any more. */
  removeLink(): void
  synced(at: string): void
  shared(): SharedArticleRow[]
  isShared(articleId: string): boolean
  share(articleIds: readonly string[], shared: boolean): void
  /** The hub now holds the article up to `vector`, and this desk's edits up to its update row `seq`. */
  confirmed(articleId: string, vector: Uint8Array, seq: number): void
  /** The newest row of the article's update log (0 when the log is folded away). */
  lastSeq(articleId: string): number
  /** Rows of the article's update log written after `seq`. */
  rowsAfter(articleId: string, seq: number): number
}

interface LinkRow {
  url: string
  token: string
  member_name: string
  role: string
  joined_at: string
  last_synced_at: string | null
}

export function createHubLinkStore(db: Database.Database): HubLinkStore {
  const selectLink = db.prepare<[], LinkRow>('SELECT url, token, member_name, role, joined_at, last_synced_at FROM hub_link WHERE only = 1')
  const upsertLink = db.prepare<[string, string, string, string, string]>(
    `INSERT INTO hub_link (only, url, token, member_name, role, joined_at) VALUES (1, ?, ?, ?, ?, ?)
     ON CONFLICT (only) DO UPDATE SET url = excluded.url, token = excluded.token, member_name = excluded.member_name,
       role = excluded.role, joined_at = excluded.joined_at, last_synced_at = NULL`
  )
  const deleteLink = db.prepare('DELETE FROM hub_link')
  const deleteShared = db.prepare('DELETE FROM hub_shared_articles')
  const setSynced = db.prepare<[string]>('UPDATE hub_link SET last_synced_at = ? WHERE only = 1')
  const selectShared = db.prepare<[], { article_id: string; hub_vector: Buffer | null; confirmed_seq: number }>(
    'SELECT article_id, hub_vector, confirmed_seq FROM hub_shared_articles ORDER BY shared_at, article_id'
  )
  const selectOne = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM hub_shared_articles WHERE article_id = ?')
  const insertShared = db.prepare<[string, string]>('INSERT OR IGNORE INTO hub_shared_articles (article_id, shared_at) VALUES (?, ?)')
  const deleteOne = db.prepare<[string]>('DELETE FROM hub_shared_articles WHERE article_id = ?')
  const setConfirmed = db.prepare<[Buffer, number, string]>('UPDATE hub_shared_articles SET hub_vector = ?, confirmed_seq = ? WHERE article_id = ?')
  const selectLastSeq = db.prepare<[string], { seq: number | null }>('SELECT max(seq) AS seq FROM article_updates WHERE article_id = ?')
  const countAfter = db.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM article_updates WHERE article_id = ? AND seq > ?')

  const shareTx = db.transaction((ids: readonly string[], shared: boolean) => {
    const at = new Date().toISOString()
    for (const id of ids) {
      if (shared) insertShared.run(id, at)
      else deleteOne.run(id)
    }
  })
  const removeTx = db.transaction(() => {
    deleteShared.run()
    deleteLink.run()
  })

  return {
    link() {
      const row = selectLink.get()
      if (!row) return null
      return {
        url: row.url,
        token: row.token,
        memberName: row.member_name,
        role: PersonRole.catch('web_desk').parse(row.role),
        joinedAt: row.joined_at,
        lastSyncedAt: row.last_synced_at
      }
    },
    saveLink: (link) => void upsertLink.run(link.url, link.token, link.memberName, link.role, link.joinedAt),
    removeLink: () => removeTx.immediate(),
    synced: (at) => void setSynced.run(at),
    shared: () =>
      selectShared.all().map((row) => ({
        articleId: row.article_id,
        hubVector: row.hub_vector === null ? null : new Uint8Array(row.hub_vector),
        confirmedSeq: row.confirmed_seq
      })),
    isShared: (articleId) => selectOne.get(articleId) !== undefined,
    share: (ids, shared) => shareTx.immediate(ids, shared),
    confirmed: (articleId, vector, seq) => void setConfirmed.run(Buffer.from(vector), seq, articleId),
    lastSeq: (articleId) => selectLastSeq.get(articleId)?.seq ?? 0,
    rowsAfter: (articleId, seq) => countAfter.get(articleId, seq)?.n ?? 0
  }
}

