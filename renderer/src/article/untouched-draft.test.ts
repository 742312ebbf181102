import { describe, expect, it } from 'vitest'
import { emptyBody } from '../../../shared/article/body'
import { emptyMeta } from '../../../shared/article/meta'
import { isUntouchedDraft } from './untouched-draft'

describe('a new article backed out of', () => {
  it('is untouched with no headline, no body and every field as created', () => {
    expect(isUntouchedDraft({ meta: emptyMeta, body: emptyBody() }, emptyMeta)).toBe(true)
    expect(isUntouchedDraft({ meta: emptyMeta, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '  ' }] }] } }, emptyMeta)).toBe(true)
  })

  it('is kept with anything typed: a headline, a word of body, a tag, a picture', () => {
    expect(isUntouchedDraft({ meta: { ...emptyMeta, headline: 'عاجل' }, body: emptyBody() }, emptyMeta)).toBe(false)
    expect(isUntouchedDraft({ meta: { ...emptyMeta, tags: ['اقتصاد'] }, body: emptyBody() }, emptyMeta)).toBe(false)
    expect(isUntouchedDraft({ meta: emptyMeta, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'قال' }] }] } }, emptyMeta)).toBe(false)
    expect(isUntouchedDraft({ meta: emptyMeta, body: { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: 'x' } }] } }, emptyMeta)).toBe(false)
    expect(isUntouchedDraft({ meta: emptyMeta, body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 } }] } }, emptyMeta)).toBe(false)
  })

  it('is untouched when the document lists the same fields in another order than the stored row', () => {
    const reordered = Object.fromEntries(Object.entries(emptyMeta).reverse()) as typeof emptyMeta
    expect(isUntouchedDraft({ meta: reordered, body: emptyBody() }, emptyMeta)).toBe(true)
  })
})
