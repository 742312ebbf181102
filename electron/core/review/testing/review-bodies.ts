// Bodies with review marks as the editor leaves them, and a desk's window that
// sends them: for the tests of comments and suggestions.
import * as Y from 'yjs'
import type { ArticleBody, BodyNode } from '../../../../shared/article/body'
import { writeBody } from '../../../../shared/document/article-document'
import { suggestionIds } from '../../../../shared/review/pending-suggestions'
import { nameSuggestionAuthors } from '../../../../shared/review/suggestion-records'
import type { Core } from '../../core'
import { bodyNode } from '../../documents/document-from-article'

type Marks = BodyNode['marks']

export const text = (value: string, marks?: Marks): BodyNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) })
/** Words suggested in, and words suggested out, under one suggestion's id. */
export const inserted = (value: string, id: string): BodyNode => text(value, [{ type: 'insertion', attrs: { id } }])
export const deleted = (value: string, id: string): BodyNode => text(value, [{ type: 'deletion', attrs: { id } }])
export const paragraph = (...content: (BodyNode | string)[]): BodyNode => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part))
})
export const body = (...blocks: BodyNode[]): ArticleBody => ({ type: 'doc', content: blocks })
export const plainBody = (...paragraphs: string[]): ArticleBody => body(...paragraphs.map((words) => paragraph(words)))

/** The article's document as a window opens it. */
export function openWindow(core: Core, id: string): Y.Doc {
  const window = new Y.Doc()
  Y.applyUpdateV2(window, core.openArticleDocument(id))
  return window
}

/** One edit in a window, sent and committed as the window's autosave sends it. */
export function sendEdit(core: Core, id: string, window: Y.Doc, edit: (doc: Y.Doc) => void): void {
  const before = Y.encodeStateVector(window)
  edit(window)
  core.applyArticleUpdate(id, Y.encodeStateAsUpdateV2(window, before))
}

/**
 * The person at the desk suggesting in their window: the body as their
 * editor leaves it, and they are named as the author of each suggestion in it
 * that has no author yet, in the same edit.
 */
export function suggest(core: Core, id: string, suggested: ArticleBody, at = new Date().toISOString()): void {
  const person = core.getProfile()!
  sendEdit(core, id, openWindow(core, id), (doc) =>
    doc.transact(() => {
      const node = bodyNode(suggested)
      writeBody(doc, node)
      nameSuggestionAuthors(doc, suggestionIds(node), person.id, at)
    })
  )
}
