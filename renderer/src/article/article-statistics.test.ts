import { describe, expect, it } from 'vitest'
import type { ArticleBody } from '../../../shared/article/body'
import { bodyFigures } from './body-figures'
import { textStatistics } from './use-text-statistics'

describe('statistics bar figures', () => {
  it('count Arabic words, characters as a reader sees them, and reading minutes', () => {
    const text = 'كَتَبَ المراسلُ، اليوم، «تقريرًا» مطوّلًا\n\nعن القمة'
    expect(textStatistics(text)).toEqual({ words: 7, characters: 42, minutes: 1 })
  })

  it('give a long article its reading time at 200 words a minute', () => {
    const text = Array.from({ length: 1000 }, () => 'كلمة').join(' ')
    expect(textStatistics(text)).toMatchObject({ words: 1000, minutes: 5 })
  })

  it('are zero for an empty body', () => {
    expect(textStatistics('')).toEqual({ words: 0, characters: 0, minutes: 0 })
  })
})

describe('the article figures a lead image can be picked from', () => {
  it('lists pictured figures once each, in reading order, with their caption, credit and alt', () => {
    const figure = (mediaId: string | null, caption: string) => ({
      type: 'figure',
      attrs: { mediaId, caption, credit: 'أ ف ب', alt: `وصف ${caption}`, width: null, height: null }
    })
    const body: ArticleBody = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'فقرة' }] },
        figure('b.jpg', 'الثانية'),
        figure(null, 'تنتظر صورتها'),
        { type: 'blockquote', content: [figure('a.jpg', 'داخل اقتباس')] },
        figure('b.jpg', 'مكررة')
      ]
    }
    expect(bodyFigures(body)).toEqual([
      { mediaId: 'b.jpg', caption: 'الثانية', credit: 'أ ف ب', alt: 'وصف الثانية' },
      { mediaId: 'a.jpg', caption: 'داخل اقتباس', credit: 'أ ف ب', alt: 'وصف داخل اقتباس' }
    ])
  })
})
