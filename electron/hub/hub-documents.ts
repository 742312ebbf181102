import * as Y from 'yjs'
import type { HubDatabase } from './hub-store'

/**
 * The hub's copy of each document: a compacted state and the updates
 * received since, in the order they arrived. An update is written before the
 * hub applies and acknowledges it.
 */
export interface HubDocuments {
  /** Brings a document being loaded up to everything stored for it. */
  load(name: string, into: Y.Doc): void
  /** Keeps one update (format v1, as the sync protocol carries it) from a member. */
  append(name: string, update: Uint8Array, member: string): void
  /** Folds the updates the document already holds into its stored state, in one transaction. */
  compact(name: string, doc: Y.Doc): void
  /** Names of every document the hub holds. */
  names(): string[]
  /** The stored document as one update (v1), or null: what a test or a look from outside reads. */
  stateOf(name: string): Uint8Array | null
}

export function createHubDocuments(db: HubDatabase): HubDocuments {
  const selectState = db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?')
  const selectUpdates = db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM document_updates WHERE name = ? ORDER BY seq')
  const insertUpdate = db.prepare<[string, Buffer, string, string]>('INSERT INTO document_updates (name, data, member, received_at) VALUES (?, ?, ?, ?)')
  const upsertState = db.prepare<[string, Buffer, string]>(
    'INSERT INTO documents (name, state, stored_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at'
  )
  const deleteUpdate = db.prepare<[number]>('DELETE FROM document_updates WHERE seq = ?')
  const selectNames = db.prepare<[], { name: string }>('SELECT name FROM documents UNION SELECT DISTINCT name FROM document_updates ORDER BY name')

  const load = (name: string, into: Y.Doc) => {
    const row = selectState.get(name)
    Y.transact(into, () => {
      if (row) Y.applyUpdate(into, row.state)
      for (const update of selectUpdates.all(name)) Y.applyUpdate(into, update.data)
    })
  }

  const compactTx = db.transaction((name: string, doc: Y.Doc) => {
    const rows = selectUpdates.all(name)
    if (rows.length === 0 && selectState.get(name)) return
    // Only rows the document already holds are folded: one written while its
    // message was still on the way in stays until the next time.
    const snapshot = Y.snapshot(doc)
    const folded = rows.filter((row) => Y.snapshotContainsUpdate(snapshot, row.data))
    upsertState.run(name, Buffer.from(Y.encodeStateAsUpdate(doc)), new Date().toISOString())
    for (const row of folded) deleteUpdate.run(row.seq)
  })

  return {
    load,
    append: (name, update, member) => void insertUpdate.run(name, Buffer.from(update), member, new Date().toISOString()),
    compact: (name, doc) => compactTx.immediate(name, doc),
    names: () => selectNames.all().map((row) => row.name),
    stateOf(name) {
      if (!selectState.get(name) && selectUpdates.all(name).length === 0) return null
      const doc = new Y.Doc()
      load(name, doc)
      return Y.encodeStateAsUpdate(doc)
    }
  }
}
