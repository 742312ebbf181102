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
