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
import { editFigure } from '../editor/figure-edit'

// These fail on prosemirror-suggest-changes 0.1.8 as published: each keystroke
// of a caption replaced the suggestion's "before" with the previous keystroke's
// text, a change of format could not be rejected on its own, and accepting one
// accepted every other (patches/@handlewithcare+prosemirror-suggest-changes+0.1.8.patch).

const picture = (id: string, caption: string) => ({ type: 'figure', attrs: { mediaId: id.repeat(64), caption } })
let opened: Editor | undefined
afterEach(() => opened?.destroy())

function articleWithFigures(...figures: { id: string; caption: string }[]) {
  const doc = new Y.Doc()
  writeBody(doc, articleSchema().nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص' }] }, ...figures.map((f) => picture(f.id, f.caption))] }))
  const review = new ArticleReview(doc)
  opened = new Editor({ extensions: [...articleExtensions(), Collaboration.configure({ document: doc, field: BODY_FIELD }), SuggestingMode.configure({ onSuggested: (ids) => review.suggested(ids), isMine: (id) => review.isMine(id) })] })
  review.attach(opened)
  review.writeAs('aaaaaaaa-0000-4000-8000-000000000001')
  review.setSuggesting(true)
  return { doc, review, editor: opened }
}

/** The caption typed key by key, as the figure's field writes it. */
function typeCaption(editor: Editor, mediaId: string, from: string, added: string) {
  for (let i = 1; i <= added.length; i++) {
    let pos = -1
    editor.state.doc.descendants((node, at) => {
      if (node.type.name === 'figure' && node.attrs.mediaId === mediaId.repeat(64)) pos = at
      return pos < 0
    })
    editFigure(editor, { getPos: () => pos, node: editor.state.doc.nodeAt(pos)! }, { caption: from + added.slice(0, i) })
  }
}

const captions = (doc: Y.Doc) => (readBody(doc).content ?? []).filter((block) => block.type === 'figure').map((block) => block.attrs?.caption)

describe('a caption changed while suggesting', () => {
  it('is one suggestion that remembers the caption from before the first key, and rejecting brings it back', () => {
    const { doc, review, editor } = articleWithFigures({ id: 'a', caption: 'حافلة في المحطة' })
    typeCaption(editor, 'a', 'حافلة في المحطة', ' الرئيسية')
    review.readNow()
    expect(review.read().suggestions).toHaveLength(1)
    expect(captions(doc)).toEqual(['حافلة في المحطة الرئيسية'])

    expect(review.decide('reject', [review.read().suggestions[0]!.id])).toBe(true)
    expect(captions(doc)).toEqual(['حافلة في المحطة'])
    expect(JSON.stringify(readBody(doc))).not.toContain('modification')
  })

  it('another person typing on in the same caption makes a suggestion of their own, decided on its own', () => {
    const { doc, review, editor } = articleWithFigures({ id: 'a', caption: 'حافلة' })
    typeCaption(editor, 'a', 'حافلة', ' في المحطة')
    review.writeAs('bbbbbbbb-0000-4000-8000-000000000002')
    typeCaption(editor, 'a', 'حافلة في المحطة', ' الرئيسية')
    review.readNow()
    const suggestions = review.read().suggestions
    expect(suggestions.map((s) => s.by)).toEqual(['aaaaaaaa-0000-4000-8000-000000000001', 'bbbbbbbb-0000-4000-8000-000000000002'])
    // The second person's addition rejected: the first person's change stands.
    expect(review.decide('reject', [suggestions[1]!.id])).toBe(true)
    expect(captions(doc)).toEqual(['حافلة في المحطة'])
  })

  it('accepting one figure’s new caption leaves another figure’s suggestion waiting', () => {
    const { doc, review, editor } = articleWithFigures({ id: 'a', caption: 'الأولى' }, { id: 'b', caption: 'الثانية' })
    typeCaption(editor, 'a', 'الأولى', ' معدلة')
    typeCaption(editor, 'b', 'الثانية', ' معدلة')
    review.readNow()
    const [first, second] = review.read().suggestions
    expect(review.decide('accept', [first!.id])).toBe(true)
    review.readNow()
    expect(review.read().suggestions.map((s) => s.id)).toEqual([second!.id])
    expect(review.decide('reject', [second!.id])).toBe(true)
    expect(captions(doc)).toEqual(['الأولى معدلة', 'الثانية'])
  })
})
