import { describe, expect, it } from 'vitest'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { doc, en, figure, h2, h3, p, quote } from './testing/article-builders'
import { insertBlockAfter, removeBlock, replace, setAttr, setBlockType } from './testing/article-edits'
import { suggest, suggestionMarksIn } from './testing/suggest'
import { decideSuggestions } from './suggestion-decisions'
import { pendingSuggestions } from './pending-suggestions'

const json = (body: ProseMirrorNode) => body.toJSON() as unknown

/** Three desks' suggestions waiting in one article: a heading, a corrected word, a new caption. */
function threeSuggestions() {
  const before = doc(p('ردود الفعل'), p('قال الوزير'), figure({ caption: 'الوزير يتحدث' }))
  let body = suggest(before, setBlockType('ردود الفعل|', 'heading', { level: 2 }))
  body = suggest(body, replace('قال [الوزير]', 'الرئيس'))
  body = suggest(body, setAttr('figure', 0, 'caption', 'الرئيس يتحدث'))
  const [heading, words, caption] = pendingSuggestions(body).map((suggestion) => suggestion.id)
  return { before, body, heading: heading!, words: words!, caption: caption! }
}

describe('deciding one suggestion among several', () => {
  it('accepting the heading leaves the caption and the word waiting', () => {
    const { body, heading, words, caption } = threeSuggestions()
    const decided = decideSuggestions(body, 'accept', { ids: [heading] })
    expect(pendingSuggestions(decided).map((suggestion) => suggestion.id)).toEqual([words, caption])
    // Rejecting what is left gives the old caption and word back under the accepted heading.
    expect(json(decideSuggestions(decided, 'reject', { all: true }))).toEqual(json(doc(h2('ردود الفعل'), p('قال الوزير'), figure({ caption: 'الوزير يتحدث' }))))
  })

  it('rejecting the corrected word leaves the heading and the caption waiting', () => {
    const { body, heading, words, caption } = threeSuggestions()
    const decided = decideSuggestions(body, 'reject', { ids: [words] })
    expect(pendingSuggestions(decided).map((suggestion) => suggestion.id)).toEqual([heading, caption])
    expect(json(decideSuggestions(decided, 'accept', { all: true }))).toEqual(json(doc(h2('ردود الفعل'), p('قال الوزير'), figure({ caption: 'الرئيس يتحدث' }))))
  })

  it('rejecting only the new caption puts the old one back and leaves the rest waiting', () => {
    const { body, heading, words, caption } = threeSuggestions()
    const decided = decideSuggestions(body, 'reject', { ids: [caption] })
    expect(pendingSuggestions(decided).map((suggestion) => suggestion.id)).toEqual([heading, words])
    expect(json(decideSuggestions(decided, 'accept', { all: true }))).toEqual(json(doc(h2('ردود الفعل'), p('قال الرئيس'), figure({ caption: 'الوزير يتحدث' }))))
  })

  it('each decided in turn, accepting two and rejecting one, ends with no suggestion left', () => {
    const { body, heading, words, caption } = threeSuggestions()
    let decided = decideSuggestions(body, 'accept', { ids: [caption] })
    decided = decideSuggestions(decided, 'reject', { ids: [heading] })
    decided = decideSuggestions(decided, 'accept', { ids: [words] })
    expect(suggestionMarksIn(decided)).toEqual([])
    expect(json(decided)).toEqual(json(doc(p('ردود الفعل'), p('قال الرئيس'), figure({ caption: 'الرئيس يتحدث' }))))
  })
})

describe('a block suggested again before anyone decided', () => {
  it('a caption changed twice: rejecting both gives the first caption back', () => {
    const before = doc(p('مقدمة'), figure({ caption: 'الأولى' }))
    const body = suggest(suggest(before, setAttr('figure', 0, 'caption', 'الثانية')), setAttr('figure', 0, 'caption', 'الثالثة'))
    expect(json(decideSuggestions(body, 'reject', { all: true }))).toEqual(json(before))
    expect(json(decideSuggestions(body, 'accept', { all: true }))).toEqual(json(doc(p('مقدمة'), figure({ caption: 'الثالثة' }))))
  })

  it('an attribution changed, then changed back by another desk: each decision holds on its own', () => {
    const before = doc(quote({ attribution: 'الوزير' }, p('لن نتراجع')))
    const changed = suggest(before, setAttr('quote', 'لن', 'attribution', 'الرئيس'))
    const body = suggest(changed, setAttr('quote', 'لن', 'attribution', 'الوزير'))
    const [first, second] = pendingSuggestions(body).map((suggestion) => suggestion.id)
    expect(json(decideSuggestions(body, 'accept', { all: true }))).toEqual(json(before))
    expect(json(decideSuggestions(body, 'reject', { all: true }))).toEqual(json(before))
    // Rejecting only the change back leaves the first change waiting.
    const withFirst = decideSuggestions(body, 'reject', { ids: [second!] })
    expect(json(withFirst)).toEqual(json(changed))
    // Rejecting only the first: the second no longer changes anything.
    const withSecond = decideSuggestions(body, 'reject', { ids: [first!] })
    expect(json(withSecond)).toEqual(json(before))
  })

  it('a paragraph made an h2, then an h3, then a paragraph again: each step decided on its own', () => {
    const before = doc(en('Reactions'), p('نص'))
    let body = suggest(before, setBlockType('Reactions|', 'heading', { level: 2, dir: 'ltr' }))
    body = suggest(body, setBlockType('Reactions|', 'heading', { level: 3, dir: 'ltr' }))
    expect(json(decideSuggestions(body, 'reject', { all: true }))).toEqual(json(before))
    expect(json(decideSuggestions(body, 'accept', { all: true }))).toEqual(json(doc(h3({ dir: 'ltr' }, 'Reactions'), p('نص'))))
    // Rejecting only the h3 leaves the h2 waiting.
    const [, third] = pendingSuggestions(body).map((suggestion) => suggestion.id)
    const withH2 = decideSuggestions(body, 'reject', { ids: [third!] })
    expect(json(decideSuggestions(withH2, 'accept', { all: true }))).toEqual(json(doc(h2({ dir: 'ltr' }, 'Reactions'), p('نص'))))
    expect(json(decideSuggestions(withH2, 'reject', { all: true }))).toEqual(json(before))
    body = suggest(body, setBlockType('Reactions|', 'paragraph', { dir: 'ltr' }))
    expect(json(decideSuggestions(body, 'accept', { all: true }))).toEqual(json(before))
    expect(json(decideSuggestions(body, 'reject', { all: true }))).toEqual(json(before))
  })

  it('a paragraph made an h3 by one desk and an h2 by another: the first accepted and the second rejected gives the h3', () => {
    const before = doc(p('ردود الفعل'), p('نص'))
    const body = suggest(suggest(before, setBlockType('ردود الفعل|', 'heading', { level: 3 })), setBlockType('ردود الفعل|', 'heading', { level: 2 }))
    const [first, second] = pendingSuggestions(body).map((suggestion) => suggestion.id)
    const decided = decideSuggestions(decideSuggestions(body, 'accept', { ids: [first!] }), 'reject', { ids: [second!] })
    expect(json(decided)).toEqual(json(doc(h3('ردود الفعل'), p('نص'))))
  })

  it('an h3 made an h2 and then deleted: rejecting gives the h3 back', () => {
    const before = doc(p('مقدمة'), h3('ردود الفعل'), p('خاتمة'))
    const body = suggest(suggest(before, setBlockType('ردود الفعل|', 'heading', { level: 2 })), removeBlock('heading', 'ردود الفعل'))
    expect(json(decideSuggestions(body, 'reject', { all: true }))).toEqual(json(before))
    expect(json(decideSuggestions(body, 'accept', { all: true }))).toEqual(json(doc(p('مقدمة'), p('خاتمة'))))
  })

  it('a new paragraph whose direction is then suggested: rejecting takes the paragraph out again', () => {
    const before = doc(p('مقدمة'), p('خاتمة'))
    const body = suggest(suggest(before, insertBlockAfter('paragraph', 'مقدمة', p('The minister said'))), setAttr('paragraph', 'The minister', 'dir', 'ltr'))
    expect(json(decideSuggestions(body, 'reject', { all: true }))).toEqual(json(before))
    expect(json(decideSuggestions(body, 'accept', { all: true }))).toEqual(json(doc(p('مقدمة'), en('The minister said'), p('خاتمة'))))
  })
})
