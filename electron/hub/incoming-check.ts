import * as Y from 'yjs'
import { checkArticleDocument } from '../core'
import { documentKind, readRecord, revisionsOf } from '../../shared/hub/article-record'

/**
 * Whether an update a member sent may join the hub's document: it is applied
 * to a scratch copy first, and the copy must still be a whole article (or a
 * whole record) this version can read. The hub's own document is untouched
 * either way. Throws with what was wrong.
 */
export function checkIncoming(name: string, document: Y.Doc, update: Uint8Array): void {
  const kind = documentKind(name)
  if (!kind) throw new Error(`no such document ${name}`)
  const scratch = new Y.Doc({ gc: true })
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(document))
    Y.applyUpdate(scratch, update)
    if (scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null) throw new Error('the update is missing its base')
    if (kind.kind === 'article') {
      checkArticleDocument(scratch)
      return
    }
    const record = readRecord(scratch)
    // A revision is an article's whole state then: new ones must be articles too.
    const known = revisionsOf(document)
    for (const [id, revision] of record.revisions) {
      if (known.has(id)) continue
      const past = new Y.Doc({ gc: true })
      Y.applyUpdateV2(past, revision.state)
      checkArticleDocument(past)
      past.destroy()
    }
  } finally {
    scratch.destroy()
  }
}
