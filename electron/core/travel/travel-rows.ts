import type Database from 'better-sqlite3'
import { ArticleStatus } from '../../../shared/article/status'
import { RevisionKind } from '../../../shared/revisions/revision'
import type { IncomingPerson, IncomingPicture, IncomingRevision, IncomingStatusChange, RevisionPins } from './incoming'

/**
 * The rows an arrival adds beside the document: people, revisions, status
 * changes, picture rows and the sending device's key. Each insert adds only
 * what is missing, so the same arrival twice, or two in either order, leave
 * the same rows.
 */
export interface TravelRows {
  /** The article's revisions with their states, oldest first: what travels with it. */
  revisions(articleId: string): IncomingRevision[]
  revisionIds(articleId: string): Set<string>
  statusChanges(articleId: string): IncomingStatusChange[]
  addPerson(person: IncomingPerson, publicKey: string | null): void
  addRevision(articleId: string, revision: IncomingRevision & { contentHash: string }): void
  addStatusChange(articleId: string, change: IncomingStatusChange): void
  /** The status of the latest change by time, or null when the article has no history. */
  latestStatus(articleId: string): string | null
  setStatus(articleId: string, status: string): void
  pins(articleId: string): RevisionPins
  setPin(articleId: string, pin: keyof RevisionPins, revisionId: string): void
  /** When a revision of the article was recorded, or null when the desk does not have it. */
  revisionTime(articleId: string, revisionId: string): string | null
  addPictureRow(picture: IncomingPicture): void
  deviceKey(deviceId: string): string | null
  addDevice(deviceId: string, publicKey: string, personId: string | null): void
}

interface StatusChangeRow {
  from_status: string | null
  to_status: string
  changed_at: string
  reason: string
  person_id: string | null
}

interface RevisionRow {
  id: string
  state: Buffer
  kind: string
  label: string
  status: string
  person_id: string | null
  recorded_at: string
  words_added: number
  words_removed: number
}

export function createTravelRows(db: Database.Database): TravelRows {
  const selectRevisions = db.prepare<[string], RevisionRow>(
    'SELECT id, state, kind, label, status, person_id, recorded_at, words_added, words_removed FROM revisions WHERE article_id = ? ORDER BY recorded_at, rowid'
  )
  const selectRevisionIds = db.prepare<[string], { id: string }>('SELECT id FROM revisions WHERE article_id = ?')
  const selectChanges = db.prepare<[string], StatusChangeRow>(
    'SELECT from_status, to_status, changed_at, reason, person_id FROM article_status_changes WHERE article_id = ? ORDER BY id'
  )
  const insertPerson = db.prepare<[string, string, string, string | null, string]>(
    'INSERT OR IGNORE INTO people (id, name, role, public_key, updated_at) VALUES (?, ?, ?, ?, ?)'
  )
  const insertRevision = db.prepare(`
    INSERT OR IGNORE INTO revisions (id, article_id, state, content_hash, kind, label, status, person_id, recorded_at, words_added, words_removed)
    VALUES (@id, @articleId, @state, @contentHash, @kind, @label, @status, @personId, @at, @wordsAdded, @wordsRemoved)`)
  const insertChange = db.prepare<[string, string | null, string, string, string, string | null]>(
    'INSERT INTO article_status_changes (article_id, from_status, to_status, changed_at, reason, person_id) VALUES (?, ?, ?, ?, ?, ?)'
  )
  // The same on every desk whatever order the changes arrived in: latest time first, then the status itself.
  const selectLatest = db.prepare<[string], { to_status: string }>(
    'SELECT to_status FROM article_status_changes WHERE article_id = ? ORDER BY changed_at DESC, to_status DESC LIMIT 1'
  )
  const updateStatus = db.prepare<[string, string]>('UPDATE articles SET status = ? WHERE id = ?')
  const selectPins = db.prepare<[string], { approved_revision: string | null; published_revision: string | null }>(
    'SELECT approved_revision, published_revision FROM articles WHERE id = ?'
  )
  const pinApproved = db.prepare<[string, string]>('UPDATE articles SET approved_revision = ? WHERE id = ?')
  const pinPublished = db.prepare<[string, string]>('UPDATE articles SET published_revision = ? WHERE id = ?')
  const selectRevisionTime = db.prepare<[string, string], { recorded_at: string }>('SELECT recorded_at FROM revisions WHERE article_id = ? AND id = ?')
  const insertMedia = db.prepare(`
    INSERT OR IGNORE INTO media (id, mime, width, height, bytes, created_at)
    VALUES (@mediaId, @mime, @width, @height, @bytes, @createdAt)`)
  const selectDevice = db.prepare<[string], { public_key: string }>('SELECT public_key FROM known_devices WHERE device_id = ?')
  const insertDevice = db.prepare<[string, string, string | null, string]>(
    'INSERT OR IGNORE INTO known_devices (device_id, public_key, person_id, first_seen_at) VALUES (?, ?, ?, ?)'
  )

  return {
    revisions: (articleId) =>
      selectRevisions.all(articleId).map((row) => ({
        id: row.id,
        kind: RevisionKind.catch('timed').parse(row.kind),
        label: row.label,
        status: ArticleStatus.catch('draft').parse(row.status),
        personId: row.person_id,
        at: row.recorded_at,
        wordsAdded: row.words_added,
        wordsRemoved: row.words_removed,
        state: new Uint8Array(row.state)
      })),
    revisionIds: (articleId) => new Set(selectRevisionIds.all(articleId).map((row) => row.id)),
    statusChanges: (articleId) =>
      selectChanges.all(articleId).map((row) => ({
        from: row.from_status,
        to: row.to_status,
        changedAt: row.changed_at,
        reason: row.reason,
        personId: row.person_id
      })) as IncomingStatusChange[],
    addPerson: (person, publicKey) => void insertPerson.run(person.id, person.name, person.role, publicKey, new Date().toISOString()),
    addRevision: (articleId, revision) =>
      void insertRevision.run({
        id: revision.id,
        articleId,
        state: Buffer.from(revision.state),
        contentHash: revision.contentHash,
        kind: revision.kind,
        label: revision.label,
        status: revision.status,
        personId: revision.personId,
        at: revision.at,
        wordsAdded: revision.wordsAdded,
        wordsRemoved: revision.wordsRemoved
      }),
    addStatusChange: (articleId, change) => void insertChange.run(articleId, change.from, change.to, change.changedAt, change.reason, change.personId),
    latestStatus: (articleId) => selectLatest.get(articleId)?.to_status ?? null,
    setStatus: (articleId, status) => void updateStatus.run(status, articleId),
    pins(articleId) {
      const row = selectPins.get(articleId)
      return { approved: row?.approved_revision ?? null, published: row?.published_revision ?? null }
    },
    setPin: (articleId, pin, revisionId) => void (pin === 'approved' ? pinApproved : pinPublished).run(revisionId, articleId),
    revisionTime: (articleId, revisionId) => selectRevisionTime.get(articleId, revisionId)?.recorded_at ?? null,
    addPictureRow: (picture) =>
      void insertMedia.run({ mediaId: picture.mediaId, mime: picture.mime, width: picture.width, height: picture.height, bytes: picture.bytes, createdAt: new Date().toISOString() }),
    deviceKey: (deviceId) => selectDevice.get(deviceId)?.public_key ?? null,
    addDevice: (deviceId, publicKey, personId) => void insertDevice.run(deviceId, publicKey, personId, new Date().toISOString())
  }
}
