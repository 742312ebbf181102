import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { blockPosition, bodyTarget } from './locate-finding'

const schema = getSchema(articleExtensions())
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

// Core names a block by child indexes in the stored JSON; the editor must find
// the same block at a document position.
describe('a finding’s block path in the editor', () => {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      para('افتتحت القمة أعمالها'),
      { type: 'quote', attrs: { attribution: 'الوزير' }, content: [para('لن نتراجع'), para('Never, ever')] },
      { type: 'figure', attrs: { mediaId: 'a.jpg', alt: '', caption: 'حشود', credit: '' } },
      { type: 'heading', attrs: { level: 2 } }
    ]
  })

  it.each([
    [[0], 'paragraph', 'افتتحت القمة أعمالها'],
    [[1], 'quote', 'لن نتراجعNever, ever'],
    [[1, 1], 'paragraph', 'Never, ever'],
    [[2], 'figure', ''],
    [[3], 'heading', '']
  ])('%j is the %s at its position', (path, type, text) => {
    const found = blockPosition(doc, path)
    expect(found?.node.type.name).toBe(type)
    expect(found?.node.textContent).toBe(text)
    expect(doc.nodeAt(found!.pos)).toBe(found!.node)
  })

  it('is null for a block edited away since the check ran', () => {
    expect(blockPosition(doc, [4])).toBeNull()
    expect(blockPosition(doc, [1, 2])).toBeNull()
  })
})

// What a click on a finding selects: the finding's own characters, or a caret,
// never a whole paragraph a key pressed next would replace.
describe('what a body finding selects in the editor', () => {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      para('افتتحت القمة  أعمالها'),
      { type: 'quote', attrs: { attribution: 'الوزير,  أمس' }, content: [para('لن نتراجع ,أبدًا')] },
      { type: 'figure', attrs: { mediaId: 'a.jpg', alt: '', caption: 'حشود', credit: '' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'سطر' }, { type: 'hardBreak' }, { type: 'text', text: 'ثم, سطر' }] }
    ]
  })
  const at = (path: number[], extra: object = {}) => bodyTarget(doc, { kind: 'body', path, excerpt: '', ...extra })
  const selected = (target: ReturnType<typeof at>) => (target?.kind === 'text' ? doc.textBetween(target.from, target.to) : null)

  it('selects exactly the characters a typography finding names', () => {
    expect(selected(at([0], { range: { from: 13, to: 14 } }))).toBe(' ')
    expect(selected(at([1, 0], { range: { from: 10, to: 11 } }))).toBe(',')
  })

  it('counts a line break as one place, as the check does', () => {
    expect(selected(at([3], { range: { from: 6, to: 7 } }))).toBe(',')
  })

  it('puts a caret, selecting nothing, at the start of a block a finding names as a whole', () => {
    const target = at([0])
    expect(target).toEqual({ kind: 'text', from: 1, to: 1 })
    const quoteText = doc.child(0).nodeSize + 2
    expect(at([1])).toEqual({ kind: 'text', from: quoteText, to: quoteText })
    expect(doc.resolve(quoteText).parent.textContent).toBe('لن نتراجع ,أبدًا')
  })

  it('shows a picture without handing it the keyboard, or focuses the field the finding names', () => {
    expect(at([2])).toEqual({ kind: 'block', pos: doc.child(0).nodeSize + doc.child(1).nodeSize })
    expect(at([2], { part: 'alt' })).toMatchObject({ kind: 'field', target: 'figure.alt' })
    expect(at([1], { part: 'attribution', range: { from: 6, to: 7 } })).toMatchObject({ kind: 'field', target: 'quote.attribution', range: { from: 6, to: 7 } })
  })

  it('never selects past the block when it was shortened since the check ran', () => {
    const target = at([0], { range: { from: 40, to: 45 } })
    expect(target).toEqual({ kind: 'text', from: 1 + doc.child(0).content.size, to: 1 + doc.child(0).content.size })
    expect(at([9])).toBeNull()
  })
})
