// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { Collaboration } from '@tiptap/extension-collaboration'
import * as Y from 'yjs'
import { BODY_FIELD, readBody, writeBody } from '../../../shared/document/article-document'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { articleSchema } from '../../../shared/schema/article-schema'
import { ArticleReview } from './article-review'
import { SuggestingMode } from './suggesting-mode'

// Adding a column is left out: the library suggests the new cells' words but
// not the cells, so rejecting leaves an empty column. The toolbar does not
// offer it while suggesting (Toolbar.tsx).
const structureChanges = ['addRowAfter', 'deleteRow', 'deleteColumn', 'toggleHeaderRow', 'deleteTable'] as const

const cell = (text: string) => ({ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
const table = {
  type: 'doc',
  content: [{ type: 'table', attrs: { caption: 'النتائج' }, content: [{ type: 'tableRow', content: [cell('المرشح'), cell('الأصوات')] }, { type: 'tableRow', content: [cell('سمير'), cell('١٢٠٠')] }] }]
}

let editor: Editor | undefined
afterEach(() => editor?.destroy())

describe('changing a table’s structure while suggesting', () => {
  for (const change of structureChanges) {
    it(`${change} waits as a suggestion, and rejecting it gives the table back as it was`, () => {
      const doc = new Y.Doc()
      writeBody(doc, articleSchema().nodeFromJSON(table))
      const before = JSON.stringify(readBody(doc))
      const review = new ArticleReview(doc)
      editor = new Editor({
        extensions: [...articleExtensions(), Collaboration.configure({ document: doc, field: BODY_FIELD }), SuggestingMode.configure({ onSuggested: (ids) => review.suggested(ids), isMine: (id) => review.isMine(id) })]
      })
      review.attach(editor)
      review.writeAs('aaaaaaaa-0000-4000-8000-000000000001')
      review.setSuggesting(true)
      // The caret in the first cell.
      editor.commands.setTextSelection(4)
      expect((editor.commands as unknown as Record<string, () => boolean>)[change]!()).toBe(true)
      editor.state.doc.check()
      review.readNow()
      const waiting = review.read().suggestions
      expect(waiting.length).toBeGreaterThan(0)

      expect(review.decide('reject', waiting.map((s) => s.id))).toBe(true)
      editor.state.doc.check()
      expect(JSON.stringify(readBody(doc))).toBe(before)
    })
  }
})
