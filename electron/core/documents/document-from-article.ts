import * as Y from 'yjs'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import { markLayout, writeBody, writeMeta } from '../../../shared/document/article-document'
import { articleSchema } from '../../../shared/schema/article-schema'

/** Origin of the edits core makes itself, so that a replica can tell them from its own. */
export const CORE_ORIGIN = 'midad-core'

/** A body already checked by the store, as the schema's node. */
export const bodyNode = (body: ArticleBody): ProseMirrorNode => ProseMirrorNode.fromJSON(articleSchema(), body)

/** The first document of an article: its stored metadata and body, written once. */
export function documentFromArticle(content: { meta: ArticleMeta; body: ArticleBody }): Y.Doc {
  const doc = new Y.Doc({ gc: true })
  doc.transact(() => {
    writeMeta(doc, content.meta)
    writeBody(doc, bodyNode(content.body))
    markLayout(doc)
  }, CORE_ORIGIN)
  return doc
}

/**
 * Writes a whole draft into the document as one edit and returns that edit
 * (format v2), or null when the draft says what the document already says.
 */
export function editFromDraft(doc: Y.Doc, draft: { meta: ArticleMeta; body: ArticleBody }): Uint8Array | null {
  let edit: Uint8Array | null = null
  // Taken from the transaction itself: a state vector does not move for an edit that only deletes.
  const keep = (update: Uint8Array) => {
    edit = update
  }
  doc.on('updateV2', keep)
  try {
    doc.transact(() => {
      writeMeta(doc, draft.meta)
      writeBody(doc, bodyNode(draft.body))
    }, CORE_ORIGIN)
  } finally {
    doc.off('updateV2', keep)
  }
  return edit
}
