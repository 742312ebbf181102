import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { blockPosition } from './locate-finding'

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
