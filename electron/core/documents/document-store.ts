import type Database from 'better-sqlite3'
import * as Y from 'yjs'
import { MidadError } from '../../../shared/contract/errors'
import { ARTICLE_DOCUMENT_LAYOUT, hasMissingUpdates, layoutOf, nameWriter, writerOf } from '../../../shared/document/article-document'
import { nullLog, type Log } from '../log/log'

/**
 * Each article's Yjs document in SQLite, the way AFFiNE keeps its own: one
 * compacted state plus the updates appended since, read back by merging the
 * two. An update is acknowledged only once its row is committed.
 *
 * The documents of the articles in use stay in memory, each with the last
 * update row it has seen: another program on the same file (the CLI beside
 * the app) appends rows too, and every read catches up with them first.
 */
export interface DocumentStore {
  /** Whether the article has become a document yet. */
  has(articleId: string): boolean
  /**
   * Records the article's first document, made by `build` from its stored
   * JSON. Refused with already_converted when it has one: a second conversion
   * of the same words would repeat them once copies merge.
   */
  convert(articleId: string, build: () => Y.Doc, deviceId: string): Y.Doc
  /**
   * Records a document that arrived whole from another desk (already checked
   * by the caller), as it came: marked received, never converted here, so no
   * second conversion of its words can ever be merged in beside it.
   * Refused with already_converted when the article has a document.
   */
  receive(articleId: string, state: Uint8Array, fromDevice: string): Y.Doc
  /** The article's document as committed now (not_found before its conversion). */
  load(articleId: string): Y.Doc
  /**
   * Checks and commits one update (Yjs format v2) by a person, or refuses it
   * with update_undecodable / update_incomplete, changing nothing. A client
   * that writes for the first time is named in the document as the person's,
   * in the same commit (see writerOf).
   */
  append(articleId: string, update: Uint8Array, personId: string | null): void
  /** Folds the appended updates into the stored state, in one transaction. */
  compact(articleId: string): void
  /** The committed state as one update (v2): what a replica starts from; with a state vector, only what that vector has not seen. */
  state(articleId: string, since?: Uint8Array): Uint8Array
  /** Updates waiting to be folded in, for the article. */
  pendingUpdates(articleId: string): number
  /** Forgets the in-memory copy (after a failure, or when the article is deleted). */
  forget(articleId: string): void
  /** Whether the article's row was written from its document after its last edit (by any program). */
  isProjected(articleId: string): boolean
  markProjected(articleId: string): void
  /** Articles whose row waits to be written from their document. */
  unprojected(): string[]
}

/** Appended updates past this many are folded into the state at the next append. */
export const COMPACT_AFTER_UPDATES = 200

interface Held {
  doc: Y.Doc
  lastSeq: number
  /** Update rows not yet folded in, as counted when the document was read and since. */
  unfolded: number
}

interface UpdateRow {
  seq: number
  data: Buffer
}

/** How far each client of the document has written. */
const clocksOf = (doc: Y.Doc): Map<number, number> => new Map([...doc.store.clients.keys()].map((client) => [client, Y.getState(doc.store, client)]))

/**
 * The clients that wrote new words in the update just applied and are named
 * nowhere yet, named as the person's: the update that says so, or null.
 * (Comparing clocks costs one look per client; decoding the update would cost
 * a pass over all of it.)
 */
function namingOfNewWriters(doc: Y.Doc, before: Map<number, number>, personId: string): Uint8Array | null {
  const unnamed = [...doc.store.clients.keys()].filter(
    (client) => client !== doc.clientID && Y.getState(doc.store, client) > (before.get(client) ?? 0) && writerOf(doc, client) === null
  )
  if (unnamed.length === 0) return null
  let naming: Uint8Array | null = null
  const take = (update: Uint8Array) => (naming = update)
  doc.on('updateV2', take)
  doc.transact(() => {
    for (const client of unnamed) nameWriter(doc, client, personId)
  })
  doc.off('updateV2', take)
  return naming
}

const notConverted = (id: string) => new MidadError('not_found', undefined, `article ${id} has no document`)

export function createDocumentStore(db: Database.Database, log: Log = nullLog): DocumentStore {
  const selectState = db.prepare<[string], { state: Buffer; layout: number }>('SELECT state, layout FROM article_documents WHERE article_id = ?')
  const selectExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM article_documents WHERE article_id = ?')
  const selectUpdates = db.prepare<[string, number], UpdateRow>('SELECT seq, data FROM article_updates WHERE article_id = ? AND seq > ? ORDER BY seq')
  const countUpdates = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM article_updates WHERE article_id = ?')
  const insertDocument = db.prepare<[string, Buffer, number, string, string, string]>(
    'INSERT INTO article_documents (article_id, state, layout, converted_at, converted_on, compacted_at) VALUES (?, ?, ?, ?, ?, ?)'
  )
  const insertReceived = db.prepare<[string, Buffer, number, string, string, string]>(
    "INSERT INTO article_documents (article_id, state, layout, converted_at, converted_on, compacted_at, origin) VALUES (?, ?, ?, ?, ?, ?, 'received')"
  )
  const insertUpdate = db.prepare<[string, Buffer, string | null, string]>(
    'INSERT INTO article_updates (article_id, data, person_id, received_at) VALUES (?, ?, ?, ?)'
  )
  const updateState = db.prepare<[Buffer, number, string, string]>('UPDATE article_documents SET state = ?, layout = ?, compacted_at = ? WHERE article_id = ?')
  const deleteUpdatesUpTo = db.prepare<[string, number]>('DELETE FROM article_updates WHERE article_id = ? AND seq <= ?')
  const selectBehind = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM article_rows_behind WHERE article_id = ?')
  const markBehind = db.prepare<[string]>('INSERT OR IGNORE INTO article_rows_behind (article_id) VALUES (?)')
  const markCaughtUp = db.prepare<[string]>('DELETE FROM article_rows_behind WHERE article_id = ?')
  const selectAllBehind = db.prepare<[], { article_id: string }>('SELECT article_id FROM article_rows_behind')

  const held = new Map<string, Held>()

  /** Applies the rows appended since the held copy last looked; a row that waits on a missing one is left waiting, never lost. */
  function catchUp(articleId: string, entry: Held): void {
    for (const row of selectUpdates.all(articleId, entry.lastSeq)) {
      try {
        Y.applyUpdateV2(entry.doc, row.data)
      } catch (error) {
        log.error('a stored update of an article could not be read; it is kept and skipped', { articleId, seq: row.seq, error })
      }
      entry.lastSeq = row.seq
      entry.unfolded++
    }
  }

  function hold(articleId: string): Held {
    const existing = held.get(articleId)
    if (existing) {
      catchUp(articleId, existing)
      return existing
    }
    const row = selectState.get(articleId)
    if (!row) throw notConverted(articleId)
    const doc = new Y.Doc({ gc: true })
    Y.applyUpdateV2(doc, row.state)
    const entry = { doc, lastSeq: 0, unfolded: 0 }
    catchUp(articleId, entry)
    if (hasMissingUpdates(doc)) log.warn('an article holds updates whose earlier edits never arrived; they wait', { articleId })
    held.set(articleId, entry)
    return entry
  }

  const convertTx = db.transaction((articleId: string, build: () => Y.Doc, deviceId: string): Y.Doc => {
    if (selectExists.get(articleId)) throw new MidadError('already_converted', undefined, `article ${articleId}`)
    const doc = build()
    const now = new Date().toISOString()
    insertDocument.run(articleId, Buffer.from(Y.encodeStateAsUpdateV2(doc)), layoutOf(doc) ?? ARTICLE_DOCUMENT_LAYOUT, now, deviceId, now)
    return doc
  })

  const receiveTx = db.transaction((articleId: string, state: Uint8Array, fromDevice: string): Y.Doc => {
    if (selectExists.get(articleId)) throw new MidadError('already_converted', undefined, `article ${articleId}`)
    const doc = new Y.Doc({ gc: true })
    Y.applyUpdateV2(doc, state)
    const now = new Date().toISOString()
    insertReceived.run(articleId, Buffer.from(state), layoutOf(doc) ?? ARTICLE_DOCUMENT_LAYOUT, now, fromDevice, now)
    return doc
  })

  const appendTx = db.transaction((articleId: string, update: Uint8Array, personId: string | null) => {
    // Deleted by another program since this one read it.
    if (!selectExists.get(articleId)) throw notConverted(articleId)
    const entry = hold(articleId)
    const missingBefore = hasMissingUpdates(entry.doc)
    const clocksBefore = clocksOf(entry.doc)
    try {
      Y.applyUpdateV2(entry.doc, update)
    } catch (error) {
      throw new MidadError('update_undecodable', undefined, error instanceof Error ? error.message : String(error))
    }
    // An update whose base this document never had would be stored and stay invisible.
    if (!missingBefore && hasMissingUpdates(entry.doc)) throw new MidadError('update_incomplete', undefined, `article ${articleId}`)
    const receivedAt = new Date().toISOString()
    let { lastInsertRowid } = insertUpdate.run(articleId, Buffer.from(update), personId, receivedAt)
    entry.unfolded++
    const naming = personId === null ? null : namingOfNewWriters(entry.doc, clocksBefore, personId)
    if (naming) {
      ;({ lastInsertRowid } = insertUpdate.run(articleId, Buffer.from(naming), personId, receivedAt))
      entry.unfolded++
    }
    // In the same commit as the edit: no program can read the row as current while it lags.
    markBehind.run(articleId)
    entry.lastSeq = Number(lastInsertRowid)
    return entry.unfolded
  })

  const compactTx = db.transaction((articleId: string) => {
    const entry = hold(articleId)
    // Updates still waiting on a missing one stay as rows: folding the state
    // alone would drop them, and they count once their base arrives.
    if (hasMissingUpdates(entry.doc)) return
    updateState.run(Buffer.from(Y.encodeStateAsUpdateV2(entry.doc)), layoutOf(entry.doc) ?? ARTICLE_DOCUMENT_LAYOUT, new Date().toISOString(), articleId)
    deleteUpdatesUpTo.run(articleId, entry.lastSeq)
    entry.unfolded = 0
  })

  return {
    // A document held in memory exists; only one never read asks the database.
    has: (articleId) => held.has(articleId) || selectExists.get(articleId) !== undefined,

    convert(articleId, build, deviceId) {
      const doc = convertTx.immediate(articleId, build, deviceId)
      held.set(articleId, { doc, lastSeq: 0, unfolded: 0 })
      return doc
    },

    receive(articleId, state, fromDevice) {
      const doc = receiveTx.immediate(articleId, state, fromDevice)
      held.set(articleId, { doc, lastSeq: 0, unfolded: 0 })
      return doc
    },

    load: (articleId) => hold(articleId).doc,

    append(articleId, update, personId) {
      let unfolded: number
      try {
        unfolded = appendTx.immediate(articleId, update, personId)
      } catch (error) {
        // The held copy may have taken part of what the database refused: read it again next time.
        held.delete(articleId)
        throw error
      }
      if (unfolded > COMPACT_AFTER_UPDATES) compactTx.immediate(articleId)
    },

    compact: (articleId) => compactTx.immediate(articleId),

    state(articleId, since) {
      const doc = hold(articleId).doc
      if (since === undefined) return Y.encodeStateAsUpdateV2(doc)
      let known: Uint8Array
      try {
        // Decoded first, alone: a vector that does not read is the caller's mistake, not a stored fault.
        Y.decodeStateVector(since)
        known = since
      } catch {
        throw new MidadError('invalid_input', { field: 'since' }, 'not a state vector')
      }
      return Y.encodeStateAsUpdateV2(doc, known)
    },

    pendingUpdates: (articleId) => countUpdates.get(articleId)?.n ?? 0,

    forget: (articleId) => void held.delete(articleId),

    isProjected: (articleId) => selectBehind.get(articleId) === undefined,
    markProjected: (articleId) => void markCaughtUp.run(articleId),
    unprojected: () => selectAllBehind.all().map((row) => row.article_id)
  }
}
