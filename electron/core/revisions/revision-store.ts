import { createHash, randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import * as Y from 'yjs'
import { ArticleStatus } from '../../../shared/article/status'
import { MidadError } from '../../../shared/contract/errors'
import { readContent, type DocumentContent } from '../../../shared/document/article-document'
import { keptForEver, RevisionKind, type RevisionSummary } from '../../../shared/revisions/revision'
import type { PeopleStore } from '../people/people-store'
import { compareArticles } from './compare/compare-articles'
import { thinnedOut } from './thinning'

export interface RecordRevision {
  articleId: string
  /** The document's whole state at that moment (update format v2). */
  state: Uint8Array
  kind: RevisionKind
  label: string
  status: ArticleStatus
  personId: string | null
  at?: string
}

export interface StoredRevision extends RevisionSummary {
  state: Uint8Array
}

export interface RevisionStore {
  /** Records a revision; a timed or closing one whose words equal the last revision's is not recorded twice (null). */
  record(input: RecordRevision): RevisionSummary | null
  /** Oldest first. */
  list(articleId: string): RevisionSummary[]
  /** By its id, or the first characters of it (at least 6) as the history prints them; revision_not_found otherwise. */
  find(articleId: string, ref: string): StoredRevision
  /** What the revision's document says. */
  contentOf(revision: StoredRevision): DocumentContent
  /** The newest revision, or null. */
  latest(articleId: string): StoredRevision | null
}

interface RevisionRow {
  id: string
  state: Buffer
  content_hash: string
  kind: string
  label: string
  status: string
  person_id: string | null
  recorded_at: string
  words_added: number
  words_removed: number
}

const SHORTEST_REF = 6

export const contentHash = (content: DocumentContent): string => createHash('sha256').update(JSON.stringify(content)).digest('hex')

export function documentContent(state: Uint8Array): DocumentContent {
  const doc = new Y.Doc({ gc: true })
  Y.applyUpdateV2(doc, state)
  return readContent(doc)
}

export function createRevisionStore(db: Database.Database, people: PeopleStore): RevisionStore {
  const columns = 'id, state, content_hash, kind, label, status, person_id, recorded_at, words_added, words_removed'
  const selectAll = db.prepare<[string], RevisionRow>(`SELECT ${columns} FROM revisions WHERE article_id = ? ORDER BY recorded_at, rowid`)
  const selectLatest = db.prepare<[string], RevisionRow>(`SELECT ${columns} FROM revisions WHERE article_id = ? ORDER BY recorded_at DESC, rowid DESC LIMIT 1`)
  const selectByPrefix = db.prepare<[string, string], RevisionRow>(`SELECT ${columns} FROM revisions WHERE article_id = ? AND id LIKE ? || '%' LIMIT 2`)
  const insert = db.prepare(`
    INSERT INTO revisions (id, article_id, state, content_hash, kind, label, status, person_id, recorded_at, words_added, words_removed)
    VALUES (@id, @articleId, @state, @hash, @kind, @label, @status, @personId, @at, @wordsAdded, @wordsRemoved)`)
  const remove = db.prepare<[string]>('DELETE FROM revisions WHERE id = ?')
  const setWords = db.prepare<[number, number, string]>('UPDATE revisions SET words_added = ?, words_removed = ? WHERE id = ?')

  const summaryOf = (row: RevisionRow): RevisionSummary => {
    const author = row.person_id ? people.person(row.person_id) : null
    return {
      id: row.id,
      at: row.recorded_at,
      author,
      kind: RevisionKind.catch('timed').parse(row.kind),
      label: row.label,
      status: ArticleStatus.catch('draft').parse(row.status),
      wordsAdded: row.words_added,
      wordsRemoved: row.words_removed
    }
  }
  const storedOf = (row: RevisionRow): StoredRevision => ({ ...summaryOf(row), state: new Uint8Array(row.state) })
  const wordsBetween = (before: DocumentContent | null, after: DocumentContent) => {
    const empty: DocumentContent = { meta: after.meta, body: { type: 'doc', content: [] } }
    const { wordsAdded, wordsRemoved } = compareArticles(before ?? empty, after)
    return { wordsAdded, wordsRemoved }
  }

  /** Timed and closing revisions thin out with age; their neighbours' word counts are taken again against what is left. */
  const thin = (articleId: string, now: Date) => {
    const rows = selectAll.all(articleId)
    const doomed = thinnedOut(
      rows.map((row) => ({ id: row.id, at: row.recorded_at, keep: keptForEver(RevisionKind.catch('timed').parse(row.kind)) })),
      now
    )
    if (doomed.size === 0) return
    let previous: DocumentContent | null = null
    let recount = false
    for (const row of rows) {
      if (doomed.has(row.id)) {
        remove.run(row.id)
        recount = true
        continue
      }
      const content = documentContent(row.state)
      if (recount) {
        const { wordsAdded, wordsRemoved } = wordsBetween(previous, content)
        setWords.run(wordsAdded, wordsRemoved, row.id)
        recount = false
      }
      previous = content
    }
  }

  const recordTx = db.transaction((input: RecordRevision): RevisionSummary | null => {
    const content = documentContent(input.state)
    const hash = contentHash(content)
    const last = selectLatest.get(input.articleId)
    if (last && last.content_hash === hash && !keptForEver(input.kind)) return null
    const at = input.at ?? new Date().toISOString()
    const id = randomUUID()
    const words = wordsBetween(last ? documentContent(last.state) : null, content)
    insert.run({ id, articleId: input.articleId, state: Buffer.from(input.state), hash, kind: input.kind, label: input.label, status: input.status, personId: input.personId, at, ...words })
    thin(input.articleId, new Date(at))
    return summaryOf(selectByPrefix.get(input.articleId, id)!)
  })

  return {
    record: (input) => recordTx.immediate(input),
    list: (articleId) => selectAll.all(articleId).map(summaryOf),
    find(articleId, ref) {
      const wanted = ref.trim().toLowerCase()
      const rows = /^[0-9a-f-]+$/.test(wanted) && wanted.length >= SHORTEST_REF ? selectByPrefix.all(articleId, wanted) : []
      if (rows.length !== 1) throw new MidadError('revision_not_found', { revision: ref }, `article ${articleId} revision ${ref}`)
      return storedOf(rows[0]!)
    },
    contentOf: (revision) => documentContent(revision.state),
    latest(articleId) {
      const row = selectLatest.get(articleId)
      return row ? storedOf(row) : null
    }
  }
}
