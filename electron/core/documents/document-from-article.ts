import * as Y from 'yjs'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import { randomBytes } from 'node:crypto'
import { markLayout, nameWriter, writeBody, writeMeta, writerOf } from '../../../shared/document/article-document'
import { keepWordsWrittenUnderComments } from '../../../shared/review/quoted-characters'
import { articleSchema } from '../../../shared/schema/article-schema'

/** Origin of the edits core makes itself, so that a replica can tell them from its own. */
export const CORE_ORIGIN = 'midad-core'

/** A body already checked by the store, as the schema's node. */
export const bodyNode = (body: ArticleBody): ProseMirrorNode => ProseMirrorNode.fromJSON(articleSchema(), body)

/**
 * The first document of an article: its stored metadata and body, written
 * once. A new article's words are its creator's; an article stored before
 * documents names no writer, since nobody recorded who wrote it.
 */
export function documentFromArticle(content: { meta: ArticleMeta; body: ArticleBody }, creatorId: string | null = null): Y.Doc {
  const doc = new Y.Doc({ gc: true })
  doc.transact(() => {
    writeMeta(doc, content.meta)
    writeBody(doc, bodyNode(content.body))
    markLayout(doc)
    if (creatorId !== null) nameWriter(doc, doc.clientID, creatorId)
  }, CORE_ORIGIN)
  // Later edits core makes are written under a client of their own, named for whoever makes them.
  doc.clientID = randomBytes(4).readUInt32LE()
  return doc
}

/**
 * Core writes into a document it holds for whoever uses the desk now. Its
 * client keeps one writer: when the desk's person has changed since that
 * client wrote, the document takes a new client for the new person.
 */
function clientFor(doc: Y.Doc, personId: string | null): void {
  const named = writerOf(doc, doc.clientID)
  if (personId !== null && named !== null && named !== personId) doc.clientID = randomBytes(4).readUInt32LE()
}

/**
 * Makes `write` as one edit of the document by `personId` (named as the
 * writer of the words it adds) and returns that edit (format v2), or null when
 * it changed nothing.
 */
export function editBy(doc: Y.Doc, write: (doc: Y.Doc) => void, personId: string | null = null): Uint8Array | null {
  let edit: Uint8Array | null = null
  // Taken from the transaction itself: a state vector does not move for an edit that only deletes.
  const keep = (update: Uint8Array) => {
    edit = update
  }
  doc.on('updateV2', keep)
  clientFor(doc, personId)
  try {
    doc.transact(() => {
      const before = Y.encodeStateVector(doc)
      write(doc)
      // Named only when words were written: an edit that changes nothing stays no edit at all.
      if (personId !== null && writerOf(doc, doc.clientID) === null && !sameVector(before, Y.encodeStateVector(doc))) nameWriter(doc, doc.clientID, personId)
    }, CORE_ORIGIN)
  } finally {
    doc.off('updateV2', keep)
  }
  return edit
}

/**
 * Writes a whole draft into the document as one edit by `personId` (named as
 * the writer of its words) and returns that edit (format v2), or null when
 * the draft says what the document already says.
 */
export const editFromDraft = (doc: Y.Doc, draft: { meta: ArticleMeta; body: ArticleBody }, personId: string | null = null): Uint8Array | null =>
  editBy(
    doc,
    () => {
      const before = Y.decodeStateVector(Y.encodeStateVector(doc))
      writeMeta(doc, draft.meta)
      writeBody(doc, bodyNode(draft.body))
      // Words written back under a comment (a restored revision) are what the comment is about again.
      keepWordsWrittenUnderComments(doc, before)
    },
    personId
  )

const sameVector = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i])
