// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { Collaboration } from '@tiptap/extension-collaboration'
import { TextSelection } from '@tiptap/pm/state'
import * as Y from 'yjs'
import { ARTICLE_DOCUMENT_LAYOUT, BODY_FIELD, layoutOf, readBody, writeBody } from '../../../shared/document/article-document'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { articleSchema } from '../../../shared/schema/article-schema'
import { readThreads } from '../../../shared/review/review-threads'
import { quotedWords } from '../../../shared/review/quoted-characters'
import { readDecisions, suggestionAuthor } from '../../../shared/review/suggestion-records'
import { ArticleReview } from './article-review'
import { CommentDraft } from './comment-draft'
import { SuggestingMode } from './suggesting-mode'

const editor = 'aaaaaaaa-0000-4000-8000-000000000001'
const journalist = 'bbbbbbbb-0000-4000-8000-000000000002'
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

let opened: { view: Editor; review: ArticleReview }[] = []
afterEach(() => {
  for (const { view, review } of opened) {
    review.dispose()
    view.destroy()
  }
  opened = []
})

/** A window on the article: its editor bound to the document, with review attached. */
function openWindow(doc: Y.Doc, person: string) {
  const review = new ArticleReview(doc)
  const view = new Editor({
    extensions: [
      ...articleExtensions(),
      Collaboration.configure({ document: doc, field: BODY_FIELD }),
      SuggestingMode.configure({ onSuggested: (ids) => review.suggested(ids), isMine: (id) => review.isMine(id) }),
      CommentDraft
    ]
  })
  review.attach(view)
  review.writeAs(person)
  opened.push({ view, review })
  return { view, review }
}

function articleDoc(...paragraphs: string[]): Y.Doc {
  const doc = new Y.Doc()
  writeBody(doc, articleSchema().nodeFromJSON({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }))
  return doc
}

/** Where `words` start in the body, as a ProseMirror position. */
function positionOf(view: Editor, words: string): number {
  let found = -1
  view.state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text!.includes(words)) found = pos + node.text!.indexOf(words)
    return found < 0
  })
  if (found < 0) throw new Error(`no «${words}»`)
  return found
}

const select = (view: Editor, words: string) => {
  const from = positionOf(view, words)
  view.view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, from + words.length)))
}

const paragraphs = (doc: Y.Doc) => (readBody(doc).content ?? []).map((block) => (block.content ?? []).map((text) => text.text).join(''))

describe('suggesting in the editor', () => {
  it('turns typing into an insertion and deleting into a deletion, keeping every word, each named for the person at the desk', () => {
    const doc = articleDoc('قال الوزير إن الاتفاق قريب')
    const { view, review } = openWindow(doc, editor)
    review.setSuggesting(true)
    select(view, 'قريب')
    view.commands.insertContent('وشيك')
    review.readNow()

    const [suggestion] = review.read().suggestions
    expect(suggestion).toMatchObject({ deleted: 'قريب', inserted: 'وشيك', by: editor })
    expect(suggestion!.id).toMatch(uuid)
    expect(suggestionAuthor(doc, suggestion!.id)?.by).toBe(editor)
    // An app from before review would delete the marked words: the document now says it needs this layout.
    expect(layoutOf(doc)).toBe(ARTICLE_DOCUMENT_LAYOUT)
    // Both words stay in the document until someone decides.
    expect(paragraphs(doc)).toEqual(['قال الوزير إن الاتفاق قريبوشيك'])
  })

  it('never turns what arrives from another desk into a suggestion of this one', () => {
    const doc = articleDoc('فقرة أولى')
    const { review } = openWindow(doc, editor)
    review.setSuggesting(true)
    const elsewhere = new Y.Doc()
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(doc))
    writeBody(elsewhere, articleSchema().nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'فقرة أولى معدلة' }] }] }))
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(doc)))
    review.readNow()
    expect(review.read().suggestions).toEqual([])
    expect(paragraphs(doc)).toEqual(['فقرة أولى معدلة'])
  })

  it('decides as one step the person can undo, and the decision record goes with it', () => {
    const doc = articleDoc('غمرت الأمطار الغزيرة الشوارع')
    const { view, review } = openWindow(doc, editor)
    review.setSuggesting(true)
    select(view, ' الغزيرة')
    view.commands.deleteSelection()
    review.readNow()
    const id = review.read().suggestions[0]!.id

    review.writeAs(journalist)
    expect(review.decide('accept', [id])).toBe(true)
    expect(paragraphs(doc)).toEqual(['غمرت الأمطار الشوارع'])
    expect(readDecisions(doc)).toMatchObject([{ suggestion: id, decision: 'accept', by: journalist, suggestedBy: editor, deleted: ' الغزيرة' }])

    view.commands.undo()
    review.readNow()
    expect(paragraphs(doc)).toEqual(['غمرت الأمطار الغزيرة الشوارع'])
    expect(review.read().suggestions.map((s) => s.id)).toEqual([id])
    expect(readDecisions(doc)).toEqual([])
  })

  it('a decision on nothing decides nothing and records nothing', () => {
    const doc = articleDoc('نص بلا اقتراحات')
    const { review } = openWindow(doc, journalist)
    expect(review.decide('reject', ['no-such-suggestion'])).toBe(false)
    expect(readDecisions(doc)).toEqual([])
  })
})

describe('comments in the editor', () => {
  it('anchors a posted comment on the selected words, never as a suggestion, and only its author deletes it', () => {
    const doc = articleDoc('افتتح الوزير معرض الكتاب بحضور ناشرين عرب')
    const { view, review } = openWindow(doc, editor)
    review.setSuggesting(true)
    select(view, 'بحضور ناشرين عرب')
    expect(review.startComment()).toBe(true)
    const thread = review.postComment({ text: 'كم عددهم؟', mentions: [journalist] })
    review.readNow()

    expect(review.read().suggestions).toEqual([])
    expect(review.read().threads).toMatchObject([{ id: thread, anchored: true, words: 'بحضور ناشرين عرب', replies: [{ text: 'كم عددهم؟', by: editor, mentions: [journalist] }] }])

    review.writeAs(journalist)
    expect(review.deleteThread(thread!)).toBe('not_author')
    review.writeAs(editor)
    expect(review.deleteThread(thread!)).toBeNull()
    expect(readThreads(doc)).toEqual([])
    expect(JSON.stringify(readBody(doc))).not.toContain('comment')
  })

  it('records which characters a comment is about, and an undo that brings them back makes them its words again', async () => {
    const doc = articleDoc('افتتح الوزير معرض الكتاب بحضور ناشرين عرب')
    const { view, review } = openWindow(doc, editor)
    select(view, 'ناشرين عرب')
    review.startComment()
    const thread = review.postComment({ text: 'كم عددهم؟', mentions: [] })!
    expect(quotedWords(doc).get(thread)).toBe('ناشرين عرب')

    select(view, 'ناشرين عرب')
    view.commands.deleteSelection()
    review.readNow()
    expect(quotedWords(doc).get(thread)).toBe('')
    expect(review.read().threads[0]).toMatchObject({ anchored: false, words: 'ناشرين عرب' })

    view.commands.undo()
    await Promise.resolve()
    review.readNow()
    expect(quotedWords(doc).get(thread)).toBe('ناشرين عرب')
    expect(review.read().threads[0]).toMatchObject({ anchored: true, words: 'ناشرين عرب' })
  })

  it('refuses to start a comment on no words, and a comment given up leaves nothing behind', () => {
    const doc = articleDoc('نص قصير')
    const { view, review } = openWindow(doc, editor)
    view.commands.setTextSelection(2)
    expect(review.startComment()).toBe(false)
    select(view, 'قصير')
    expect(review.startComment()).toBe(true)
    expect(review.isWritingComment()).toBe(true)
    review.cancelComment()
    expect(review.isWritingComment()).toBe(false)
    expect(readThreads(doc)).toEqual([])
    expect(JSON.stringify(readBody(doc))).not.toContain('comment')
  })

  it('a comment whose words were deleted while it was being written is not posted', () => {
    const doc = articleDoc('كلمات ستحذف')
    const { view, review } = openWindow(doc, editor)
    select(view, 'ستحذف')
    review.startComment()
    select(view, 'ستحذف')
    view.commands.deleteSelection()
    expect(review.postComment({ text: 'تعليق', mentions: [] })).toBeNull()
    expect(readThreads(doc)).toEqual([])
  })
})
