import { describe, expect, it } from 'vitest'
import { translate } from '../translate'
import { newsroomAr } from './newsroom.ar'
import { newsroomEn } from './newsroom.en'

const sample = { count: 3, target: 70, name: 'رياضة', date: '26 نوفمبر 2026', time: '9:12 ص', x: 72, y: 33, width: 240, height: 180 }

describe('metadata, settings and status bar messages', () => {
  it('exist in both languages and render without a missing placeholder', () => {
    expect(Object.keys(newsroomEn).sort()).toEqual(Object.keys(newsroomAr).sort())
    for (const key of Object.keys(newsroomAr)) {
      for (const locale of ['ar', 'en'] as const) {
        const text = translate(locale, key, sample)
        expect(text, `${locale} ${key}`).not.toBe('')
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/)
      }
    }
  })

  it('count characters with the six Arabic plural forms', () => {
    const characters = (count: number) => translate('ar', 'statistics.characters', { count })
    expect([0, 1, 2, 3, 11, 100].map(characters)).toEqual(['لا أحرف', 'حرف واحد', 'حرفان', '3 أحرف', '11 حرفًا', '100 حرف'])
  })

  it('give reading time in Arabic plurals, in the digits the newsroom chose', () => {
    const minutes = (count: number) => translate('ar', 'statistics.readingTime', { count }, 'arabic-indic')
    expect([0, 1, 2, 5, 12, 100].map(minutes)).toEqual([
      'أقل من دقيقة قراءة',
      'دقيقة قراءة',
      'دقيقتا قراءة',
      '٥ دقائق قراءة',
      '١٢ دقيقةً قراءة',
      '١٠٠ دقيقة قراءة'
    ])
  })

  it('count in English for the English interface', () => {
    expect(translate('en', 'statistics.characters', { count: 1 })).toBe('1 character')
    expect(translate('en', 'statistics.readingTime', { count: 4 })).toBe('4 minutes read')
  })
})
