// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { editFigure, type FigurePlace } from './figure-edit'

let editor: Editor | undefined
afterEach(() => editor?.destroy())

const figure = (caption: string) => ({
  type: 'figure',
  attrs: { mediaId: 'bus.jpg', width: 800, height: 500, alt: '', caption, credit: '' }
})

function articleWithFigure(): Editor {
  editor = new Editor({
    extensions: articleExtensions(),
    content: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'تدخل الحافلات الخدمة غدا' }] }, figure(''), { type: 'paragraph' }]
    }
  })
  return editor
}

function figureIn(e: Editor): { pos: number; node: ProseMirrorNode } {
  let found: { pos: number; node: ProseMirrorNode } | null = null
  e.state.doc.descendants((node, pos) => {
    if (node.type.name === 'figure') found = { pos, node }
  })
  if (!found) throw new Error('no figure in the article')
  return found
}

const captions = (e: Editor) => (e.getJSON().content ?? []).filter((n) => n.type === 'figure').map((n) => n.attrs?.caption)

describe('writing a figure field', () => {
  it('puts the caption into the figure where the view stands', () => {
    const e = articleWithFigure()
    const { pos, node } = figureIn(e)
    expect(editFigure(e, { getPos: () => pos, node }, { caption: 'حافلة في المحطة' })).toBe(true)
    expect(captions(e)).toEqual(['حافلة في المحطة'])
  })

  it('still reaches the figure when ProseMirror has just replaced its view', () => {
    const e = articleWithFigure()
    const { node } = figureIn(e)
    // Text typed above moves the figure; the replaced view no longer knows where it is.
    e.commands.insertContentAt(1, 'عاجل: ')
    const replaced: FigurePlace = { getPos: () => undefined, node }
    expect(editFigure(e, replaced, { caption: 'حافلة في المحطة' })).toBe(true)
    expect(captions(e)).toEqual(['حافلة في المحطة'])
    expect(e.state.doc.firstChild?.textContent).toBe('عاجل: تدخل الحافلات الخدمة غدا')
  })

  it('keeps what another field wrote since the view was last drawn', () => {
    const e = articleWithFigure()
    const { pos, node: drawn } = figureIn(e)
    editFigure(e, { getPos: () => pos, node: drawn }, { caption: 'حافلة في المحطة' })
    // The credit arrives from a view that still shows the empty caption.
    editFigure(e, { getPos: () => pos, node: drawn }, { credit: 'أ ف ب' })
    expect(figureIn(e).node.attrs).toMatchObject({ caption: 'حافلة في المحطة', credit: 'أ ف ب' })
  })

  it('writes nothing once the figure is deleted, and leaves the article as it is', () => {
    const e = articleWithFigure()
    const { pos, node } = figureIn(e)
    e.commands.deleteRange({ from: pos, to: pos + node.nodeSize })
    const before = e.getJSON()
    expect(editFigure(e, { getPos: () => undefined, node }, { caption: 'حافلة في المحطة' })).toBe(false)
    expect(e.getJSON()).toEqual(before)
  })

  it('never writes into another block that now stands where the figure was', () => {
    const e = articleWithFigure()
    const { pos, node } = figureIn(e)
    e.commands.deleteRange({ from: pos, to: pos + node.nodeSize })
    const before = e.getJSON()
    // A view answering with its old position must not turn a paragraph into a caption holder.
    expect(editFigure(e, { getPos: () => pos, node }, { caption: 'حافلة في المحطة' })).toBe(false)
    expect(e.getJSON()).toEqual(before)
  })
})
