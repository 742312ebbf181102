import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import { EditorState, TextSelection, type Command } from '@tiptap/pm/state'
import { history, undo, redo } from '@tiptap/pm/history'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { isSelectionLeftToRight, toggleBlockDirection } from './block-direction-command'

const schema = getSchema(articleExtensions())
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

function stateWith(content: unknown[], from: number, to = from) {
  const doc = schema.nodeFromJSON({ type: 'doc', content })
  const state = EditorState.create({ doc, plugins: [history()] })
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)))
}

function run(state: EditorState, command: Command): EditorState {
  let next = state
  command(state, (tr) => (next = state.apply(tr)))
  return next
}

const dirs = (state: EditorState) => state.doc.content.content.map((n) => n.attrs.dir as unknown)

describe('switching a block to left-to-right and back', () => {
  it('changes only the block with the caret, and back again', () => {
    const start = stateWith([para('عربي'), para('English quote'), para('عربي')], 9)
    const ltr = run(start, toggleBlockDirection)
    expect(dirs(ltr)).toEqual([null, 'ltr', null])
    expect(isSelectionLeftToRight(ltr)).toBe(true)
    const back = run(ltr, toggleBlockDirection)
    expect(dirs(back)).toEqual([null, null, null])
  })

  it('switches a whole quote or list, not one line inside it', () => {
    const start = stateWith([{ type: 'quote', attrs: { attribution: 'Xi' }, content: [para('one'), para('two')] }], 3)
    expect(run(start, toggleBlockDirection).doc.firstChild?.attrs.dir).toBe('ltr')
    expect(run(start, toggleBlockDirection).doc.firstChild?.firstChild?.attrs.dir).toBeNull()
  })

  it('switches every block a selection spans', () => {
    const start = stateWith([para('one'), para('two'), para('three')], 2, 8)
    expect(dirs(run(start, toggleBlockDirection))).toEqual(['ltr', 'ltr', null])
  })

  it('is one undo step, and redo brings it back', () => {
    const ltr = run(stateWith([para('عربي'), para('English')], 10), toggleBlockDirection)
    const undone = run(ltr, undo)
    expect(dirs(undone)).toEqual([null, null])
    expect(dirs(run(undone, redo))).toEqual([null, 'ltr'])
  })
})

describe('quotation marks follow the block that changes direction', () => {
  const text = (state: EditorState, index: number) => state.doc.child(index).textContent

  it('turns English typed with right-to-left quotes into “…” when switched to left-to-right, and back', () => {
    const start = stateWith([para('عربي ”نعم“'), para('He said \u201Dyes\u201C')], 15)
    const ltr = run(start, toggleBlockDirection)
    expect(text(ltr, 1)).toBe('He said \u201Cyes\u201D')
    // The Arabic paragraph, not switched, keeps its own.
    expect(text(ltr, 0)).toBe('عربي ”نعم“')
    expect(text(run(ltr, toggleBlockDirection), 1)).toBe('He said \u201Dyes\u201C')
  })

  it('keeps « », which the browser mirrors itself, and the marks on the words', () => {
    const bold = { type: 'text', text: '\u201Dbold\u201C', marks: [{ type: 'bold' }] }
    const start = stateWith([{ type: 'paragraph', content: [{ type: 'text', text: '«one» ' }, bold] }], 3)
    const ltr = run(start, toggleBlockDirection)
    expect(ltr.doc.firstChild?.textContent).toBe('«one» \u201Cbold\u201D')
    expect(ltr.doc.firstChild?.lastChild?.marks.map((mark) => mark.type.name)).toEqual(['bold'])
  })

  it('does not turn the quotes of a block already left-to-right in a mixed selection', () => {
    const start = stateWith([para('\u201Done\u201C'), { type: 'paragraph', attrs: { dir: 'ltr' }, content: [{ type: 'text', text: '\u201Ctwo\u201D' }] }], 2, 10)
    const ltr = run(start, toggleBlockDirection)
    expect(dirs(ltr)).toEqual(['ltr', 'ltr'])
    expect([text(ltr, 0), text(ltr, 1)]).toEqual(['\u201Cone\u201D', '\u201Ctwo\u201D'])
  })

  it('gives the quotes back with the direction in one undo', () => {
    const ltr = run(stateWith([para('\u201Dyes\u201C')], 2), toggleBlockDirection)
    expect(run(ltr, undo).doc.textContent).toBe('\u201Dyes\u201C')
  })
})

