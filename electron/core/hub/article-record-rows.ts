import type Database from 'better-sqlite3'
import type * as Y from 'yjs'
import { ArticleStatus, StatusChangeReason } from '../../../shared/article/status'
import { peopleOf, pinsOf, readRecord, revisionPins, revisionsOf, standingPin, statusChangeKey as recordKey, statusChangesOf } from '../../../shared/hub/article-record'
import type { PeopleStore } from '../people/people-store'
import { contentHash, documentContent } from '../revisions/revision-store'
import { statusChangeKey } from '../travel/check-arrival'
import { createTravelRows } from '../travel/travel-rows'

/**
 * An article's record (revisions, status history, people, the revisions
 * its approval and publication vouched for) between this
 * desk's rows and the record document that travels through the hub. Both
 * ways only add: an entry already there is left as it is, so a record read
 * twice, or from two desks, comes out the same. The rows are written the way
 * a bundle's arrival writes them (travel-rows).
 */
export interface ArticleRecordRows {
  /** Adds to `record` what this desk holds and the record lacks. */
  write(articleId: string, record: Y.Doc, origin: unknown, writers: readonly string[]): void
  /** Adds to the rows what the record holds and they lack, or refuses the whole record. Returns how many entries were new. */
  take(articleId: string, record: Y.Doc): number
}

export function createArticleRecordRows(db: Database.Database, people: PeopleStore): ArticleRecordRows {
  const rows = createTravelRows(db)

  const takeTx = db.transaction((articleId: string, record: Y.Doc): number => {
    // Read and checked whole before anything is written.
    const { revisions, statusChanges, people: named, pins } = readRecord(record)
    let added = 0
    for (const [id, person] of named) {
      if (people.person(id)) continue
      rows.addPerson({ id, name: person.name, role: person.role }, null)
      added++
    }
    // An entry naming someone neither the record nor this desk knows stays, unnamed.
    const known = (personId: string | null) => (personId !== null && people.person(personId) ? personId : null)
    const haveRevisions = rows.revisionIds(articleId)
    for (const [id, revision] of [...revisions].sort(([, a], [, b]) => a.at.localeCompare(b.at))) {
      if (haveRevisions.has(id)) continue
      rows.addRevision(articleId, { id, ...revision, personId: known(revision.personId), contentHash: contentHash(documentContent(revision.state)) })
      added++
    }
    const haveChanges = new Set(rows.statusChanges(articleId).map(statusChangeKey))
    let changed = false
    for (const change of statusChanges) {
      const local = { ...change, personId: known(change.personId) }
      if (haveChanges.has(statusChangeKey(change)) || haveChanges.has(statusChangeKey(local))) continue
      rows.addStatusChange(articleId, local)
      changed = true
      added++
    }
    // The article's status is its latest change, whichever desk made it: the same on every desk.
    const latest = changed ? rows.latestStatus(articleId) : null
    if (latest !== null && ArticleStatus.safeParse(latest).success) rows.setStatus(articleId, latest)
    // Each pin is the latest revision any desk pinned that this desk holds.
    const local = rows.pins(articleId)
    for (const pin of revisionPins) {
      const candidates = [...pins[pin]].filter(([id]) => rows.revisionTime(articleId, id) !== null)
      const mine = local[pin]
      const mineAt = mine === null ? null : rows.revisionTime(articleId, mine)
      if (mine !== null && mineAt !== null) candidates.push([mine, mineAt])
      const standing = standingPin(candidates)
      if (standing !== null && standing !== mine) {
        rows.setPin(articleId, pin, standing)
        added++
      }
    }
    return added
  })

  return {
    write(articleId, record, origin, writers) {
      const revisions = revisionsOf(record)
      const changes = statusChangesOf(record)
      const peopleMap = peopleOf(record)
      const named = new Set<string>(writers)
      record.transact(() => {
        for (const revision of rows.revisions(articleId)) {
          if (revision.personId) named.add(revision.personId)
          if (revisions.has(revision.id)) continue
          const { id, ...entry } = revision
          revisions.set(id, entry)
        }
        for (const row of rows.statusChanges(articleId)) {
          if (row.personId) named.add(row.personId)
          const change = {
            from: row.from === null ? null : ArticleStatus.catch('draft').parse(row.from),
            to: ArticleStatus.catch('draft').parse(row.to),
            changedAt: row.changedAt,
            reason: StatusChangeReason.catch('set').parse(row.reason),
            personId: row.personId
          }
          const key = recordKey(change)
          if (!changes.has(key)) changes.set(key, change)
        }
        const local = rows.pins(articleId)
        for (const pin of revisionPins) {
          const id = local[pin]
          const at = id === null ? null : rows.revisionTime(articleId, id)
          const entries = pinsOf(record, pin)
          if (id !== null && at !== null && !entries.has(id)) entries.set(id, at)
        }
        for (const id of named) {
          const person = people.person(id)
          if (person && !peopleMap.has(id)) peopleMap.set(id, { name: person.name, role: person.role })
        }
      }, origin)
    },
    take: (articleId, record) => takeTx.immediate(articleId, record)
  }
}
