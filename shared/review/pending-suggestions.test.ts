import { describe, expect, it } from 'vitest'
import { doc, figure, h3, item, p, ul } from './testing/article-builders'
import { removeBlock, replace, setAttr, setBlockType, split } from './testing/article-edits'
import { suggest } from './testing/suggest'
import { pendingSuggestions } from './pending-suggestions'

describe('the suggestions waiting in an article, as the review panel lists them', () => {
  it('a replaced word: the words it adds and takes away, and the list item it is in', () => {
    const body = suggest(doc(p('مقدمة'), ul(item('البند الأول'), item('البند الثاني'))), replace('البند [الثاني]', 'الأخير'))
    expect(pendingSuggestions(body)).toEqual([
      { id: expect.any(String), inserted: 'الأخير', deleted: 'الثاني', blocks: [], changesFormat: false, place: 'listItem' }
    ])
  })

  it('a new caption is a change of the figure, named as the place it is in', () => {
    const body = suggest(doc(p('مقدمة'), figure({ caption: 'قديم' })), setAttr('figure', 0, 'caption', 'جديد'))
    expect(pendingSuggestions(body)).toEqual([{ id: expect.any(String), inserted: '', deleted: '', blocks: [], changesFormat: true, place: 'figure' }])
  })

  it('two desks’ changes to one figure are two suggestions', () => {
    const before = doc(p('مقدمة'), figure({ caption: 'قديم' }))
    const body = suggest(suggest(before, setAttr('figure', 0, 'caption', 'جديد')), setAttr('figure', 0, 'dir', 'ltr'))
    const listed = pendingSuggestions(body)
    expect(listed).toHaveLength(2)
    expect(new Set(listed.map((suggestion) => suggestion.id)).size).toBe(2)
    expect(listed.every((suggestion) => suggestion.changesFormat && suggestion.place === 'figure')).toBe(true)
  })

  it('a heading whose level was suggested and which is then deleted: both suggestions are listed', () => {
    const before = doc(p('مقدمة'), h3('ردود الفعل'), p('خاتمة'))
    const body = suggest(suggest(before, setBlockType('ردود الفعل|', 'heading', { level: 2 })), removeBlock('heading', 'ردود الفعل'))
    const listed = pendingSuggestions(body)
    expect(listed.map(({ deleted, blocks, changesFormat, place }) => ({ deleted, blocks, changesFormat, place }))).toEqual([
      { deleted: 'ردود الفعل', blocks: ['heading'], changesFormat: false, place: 'heading' },
      { deleted: '', blocks: [], changesFormat: true, place: 'heading' }
    ])
  })

  it('Enter adds no words: the markers at the cut are not counted as typed', () => {
    const body = suggest(doc(p('الأولى الثانية')), split('الأولى |الثانية'))
    expect(pendingSuggestions(body)).toEqual([{ id: expect.any(String), inserted: '', deleted: '', blocks: [], changesFormat: false, place: 'paragraph' }])
  })
})
