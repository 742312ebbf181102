import { describe, expect, it } from 'vitest'
import { bodyPlainText } from './plain-text'

describe('bodyPlainText', () => {
  it('joins blocks with blank lines and keeps marked text in place', () => {
    const text = bodyPlainText({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'عنوان فرعي' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'نص ' },
            { type: 'text', text: 'مهم', marks: [{ type: 'bold' }] }
          ]
        },
        { type: 'quote', attrs: { attribution: 'بوتين' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'قول' }] }] },
        { type: 'figure', attrs: { mediaId: null, caption: 'تعليق الصورة', credit: 'أ ف ب' } },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'بند' }] }] }]
        }
      ]
    })
    expect(text).toBe('عنوان فرعي\n\nنص مهم\n\nقول\n\nبند')
  })

  it('is empty for an empty document', () => {
    expect(bodyPlainText({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('')
  })
})
