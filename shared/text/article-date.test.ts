import { describe, expect, it } from 'vitest'
import { articleDate, gregorianDate, hijriDate } from './article-date'

const stored = '2026-11-26T09:12:00.000Z'

describe('article dates', () => {
  it('writes the Gregorian date in Arabic with the digits the newsroom chose', () => {
    expect(gregorianDate(stored, { locale: 'ar', digits: 'western' }, 'UTC')).toBe('26 نوفمبر 2026')
    expect(gregorianDate(stored, { locale: 'ar', digits: 'arabic-indic' }, 'UTC')).toBe('٢٦ نوفمبر ٢٠٢٦')
  })

  it('gives the Umm al-Qura Hijri date as a twin when asked', () => {
    expect(hijriDate(stored, { locale: 'ar', digits: 'western' }, 'UTC')).toBe('16 جمادى الآخرة 1448 هـ')
    expect(articleDate(stored, { locale: 'ar', digits: 'western', hijriTwin: true }, 'UTC')).toBe(
      '26 نوفمبر 2026 · 16 جمادى الآخرة 1448 هـ'
    )
    expect(articleDate(stored, { locale: 'ar', digits: 'western', hijriTwin: false }, 'UTC')).toBe('26 نوفمبر 2026')
  })

  it('carries no invisible direction marks', () => {
    const text = articleDate(stored, { locale: 'ar', digits: 'arabic-indic', hijriTwin: true }, 'UTC') ?? ''
    expect(text).not.toMatch(/[\u200e\u200f\u061c]/)
  })

  it('writes English dates for the English interface', () => {
    expect(gregorianDate(stored, { locale: 'en', digits: 'western' }, 'UTC')).toBe('November 26, 2026')
  })

  it('is null for a stored value that is not a date', () => {
    expect(articleDate('yesterday', { locale: 'ar', digits: 'western', hijriTwin: true })).toBeNull()
  })
})
