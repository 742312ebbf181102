import * as Y from 'yjs'
import { bodyFragment } from '../shared/document/article-document'
import { bodyPlainText } from '../shared/text/plain-text'
import { buildArabicArticle } from './arabic-article'

/**
 * A journalist typing a story key by key into a window's replica, the way the
 * editor's binding writes it: letters into the paragraph's text, a new
 * paragraph at each paragraph break. Calls `send` with each batch of about
 * `keysPerBatch` keys, as the window sends them.
 */
export function typeStory(doc: Y.Doc, words: number, keysPerBatch: number, send: (update: Uint8Array, keys: number) => void): number {
  const paragraphs = bodyPlainText(buildArabicArticle(words)).split('\n\n')
  const fragment = bodyFragment(doc)
  let pending: Uint8Array[] = []
  let keys = 0
  let typed = 0
  const keep = (update: Uint8Array) => pending.push(update)
  doc.on('updateV2', keep)
  const flush = () => {
    if (pending.length === 0) return
    send(Y.mergeUpdatesV2(pending), keys)
    pending = []
    keys = 0
  }
  try {
    for (const paragraph of paragraphs) {
      const element = new Y.XmlElement('paragraph')
      const text = new Y.XmlText()
      element.insert(0, [text])
      fragment.insert(fragment.length, [element])
      for (const letter of paragraph) {
        text.insert(text.length, letter)
        keys++
        typed++
        if (keys >= keysPerBatch) flush()
      }
    }
    flush()
  } finally {
    doc.off('updateV2', keep)
  }
  return typed
}
