import type Database from 'better-sqlite3'
import type * as Y from 'yjs'
import { ArticleStatus, StatusChangeReason } from '../../../shared/article/status'
import {
  peopleOf,
  readRecord,
  revisionsOf,
  statusChangeKey,
  statusChangesOf,
  type RecordedStatusChange
} from '../../../shared/hub/article-record'
import { PersonRole } from '../../../shared/people/person'
import { RevisionKind } from '../../../shared/revisions/revision'
import { contentHash, documentContent } from '../revisions/revision-store'

/**
 * An article's record (revisions, status history, people) between this
 * desk's SQL rows and the record document that travels. Both ways only add:
 * an entry already there is left as it is, so a record read twice, or from
 * two desks, comes out the same.
 */
export interface ArticleRecordRows {
  /** Adds to `record` what this desk holds and the record lacks. */
  write(articleId: string, record: Y.Doc, origin: unknown): void
  /** Adds to the rows what the record holds and they lack (the record was checked with readRecord). Returns how many entries were new. */
  take(articleId: string, record: Y.Doc): number
}

interface RevisionRow {
  id: string
  state: Buffer
  kind: string
  label: string
  status: string
  person_id: string | null
  recorded_at: string
}

interface ChangeRow {
  from_status: string | null
  to_status: string
  changed_at: string
  reason: string
  person_id: string | null
}

export function createArticleRecordRows(db: Database.Database): ArticleRecordRows {
  const selectRevisions = db.prepare<[string], RevisionRow>(
    'SELECT id, state, kind, label, status, person_id, recorded_at FROM revisions WHERE article_id = ? ORDER BY recorded_at, rowid'
  )
  const selectChanges = db.prepare<[string], ChangeRow>(
    'SELECT from_status, to_status, changed_at, reason, person_id FROM article_status_changes WHERE article_id = ? ORDER BY id'
  )
  const selectPerson = db.prepare<[string], { name: string; role: string }>('SELECT name, role FROM people WHERE id = ?')
  const revisionExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM revisions WHERE id = ?')
  const insertRevision = db.prepare(`
    INSERT INTO revisions (id, article_id, state, content_hash, kind, label, status, person_id, recorded_at, words_added, words_removed)
    VALUES (@id, @articleId, @state, @hash, @kind, @label, @status, @personId, @at, 0, 0)`)
  const changeExists = db.prepare<[string, string, string], { one: number }>(
    'SELECT 1 AS one FROM article_status_changes WHERE article_id = ? AND changed_at = ? AND to_status = ?'
  )
  const insertChange = db.prepare<[string, string | null, string, string, string, string | null]>(
    'INSERT INTO article_status_changes (article_id, from_status, to_status, changed_at, reason, person_id) VALUES (?, ?, ?, ?, ?, ?)'
  )
  const latestChange = db.prepare<[string], { to_status: string }>(
    'SELECT to_status FROM article_status_changes WHERE article_id = ? ORDER BY changed_at DESC, id DESC LIMIT 1'
  )
  const setStatus = db.prepare<[string, string]>('UPDATE articles SET status = ? WHERE id = ?')
  // Someone this desk already knows keeps the name it knows them by.
  const insertPerson = db.prepare<[string, string, string, string]>('INSERT OR IGNORE INTO people (id, name, role, public_key, updated_at) VALUES (?, ?, ?, NULL, ?)')

  const takeTx = db.transaction((articleId: string, record: Y.Doc): number => {
    const { revisions, statusChanges, people } = readRecord(record)
    const now = new Date().toISOString()
    let added = 0
    for (const [id, person] of people) added += insertPerson.run(id, person.name, person.role, now).changes
    // A person named by an entry but missing from the record is unknown here: the entry stays, unnamed.
    const known = (personId: string | null) => (personId !== null && selectPerson.get(personId) ? personId : null)
    for (const [id, revision] of revisions) {
      if (revisionExists.get(id)) continue
      insertRevision.run({
        id,
        articleId,
        state: Buffer.from(revision.state),
        hash: contentHash(documentContent(revision.state)),
        kind: revision.kind,
        label: revision.label,
        status: revision.status,
        personId: known(revision.personId),
        at: revision.at
      })
      added++
    }
    let changed = false
    for (const change of statusChanges) {
      if (changeExists.get(articleId, change.changedAt, change.to)) continue
      insertChange.run(articleId, change.from, change.to, change.changedAt, change.reason, known(change.personId))
      changed = true
      added++
    }
    // The article's status is its newest change, whichever desk made it.
    const latest = changed ? latestChange.get(articleId) : undefined
    if (latest) setStatus.run(latest.to_status, articleId)
    return added
  })

  return {
    write(articleId, record, origin) {
      const revisions = revisionsOf(record)
      const changes = statusChangesOf(record)
      const people = peopleOf(record)
      const named = new Set<string>()
      record.transact(() => {
        for (const row of selectRevisions.all(articleId)) {
          if (row.person_id) named.add(row.person_id)
          if (revisions.has(row.id)) continue
          revisions.set(row.id, {
            kind: RevisionKind.catch('timed').parse(row.kind),
            label: row.label,
            status: ArticleStatus.catch('draft').parse(row.status),
            personId: row.person_id,
            at: row.recorded_at,
            state: new Uint8Array(row.state)
          })
        }
        for (const row of selectChanges.all(articleId)) {
          if (row.person_id) named.add(row.person_id)
          const change: RecordedStatusChange = {
            from: row.from_status === null ? null : ArticleStatus.catch('draft').parse(row.from_status),
            to: ArticleStatus.catch('draft').parse(row.to_status),
            changedAt: row.changed_at,
            reason: StatusChangeReason.catch('set').parse(row.reason),
            personId: row.person_id
          }
          const key = statusChangeKey(change)
          if (!changes.has(key)) changes.set(key, change)
        }
        for (const id of named) {
          const person = selectPerson.get(id)
          if (person && !people.has(id)) people.set(id, { name: person.name, role: PersonRole.catch('journalist').parse(person.role) })
        }
      }, origin)
    },
    take: (articleId, record) => takeTx.immediate(articleId, record)
  }
}
