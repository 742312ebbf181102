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

  it('names the months as the newsroom does: «ديسمبر», «كانون الأول» or «كانون الأول/ديسمبر»', () => {
    const december = '2026-12-02T09:00:00.000Z'
    expect(gregorianDate(december, { locale: 'ar', digits: 'western', months: 'western' }, 'UTC')).toBe('2 ديسمبر 2026')
    expect(gregorianDate(december, { locale: 'ar', digits: 'western', months: 'levantine' }, 'UTC')).toBe('2 كانون الأول 2026')
    expect(gregorianDate(december, { locale: 'ar', digits: 'arabic-indic', months: 'both' }, 'UTC')).toBe('٢ كانون الأول/ديسمبر ٢٠٢٦')
    // Without the setting, as before: the names Intl writes.
    expect(gregorianDate(december, { locale: 'ar', digits: 'western' }, 'UTC')).toBe('2 ديسمبر 2026')
    // With the Hijri twin, only the Gregorian month changes.
    expect(articleDate(stored, { locale: 'ar', digits: 'western', hijriTwin: true, months: 'levantine' }, 'UTC')).toBe(
      '26 تشرين الثاني 2026 · 16 جمادى الآخرة 1448 هـ'
    )
    // English dates keep their own month names.
    expect(gregorianDate(december, { locale: 'en', digits: 'western', months: 'levantine' }, 'UTC')).toBe('December 2, 2026')
  })

  it('has the Levantine name of every month, in order, on the calendar day of the zone asked for', () => {
    const names = Array.from({ length: 12 }, (_, month) =>
      gregorianDate(new Date(Date.UTC(2026, month, 15, 12)).toISOString(), { locale: 'ar', digits: 'western', months: 'levantine' }, 'UTC')
    )
    expect(names).toEqual([
      '15 كانون الثاني 2026',
      '15 شباط 2026',
      '15 آذار 2026',
      '15 نيسان 2026',
      '15 أيار 2026',
      '15 حزيران 2026',
      '15 تموز 2026',
      '15 آب 2026',
      '15 أيلول 2026',
      '15 تشرين الأول 2026',
      '15 تشرين الثاني 2026',
      '15 كانون الأول 2026'
    ])
    // The last evening of November in UTC is already 1 December in Beirut, and named so.
    const lateNovember = '2026-11-30T23:30:00.000Z'
    expect(gregorianDate(lateNovember, { locale: 'ar', digits: 'western', months: 'both' }, 'Asia/Beirut')).toBe('1 كانون الأول/ديسمبر 2026')
    expect(gregorianDate(lateNovember, { locale: 'ar', digits: 'western', months: 'both' }, 'UTC')).toBe('30 تشرين الثاني/نوفمبر 2026')
  })

  it('is null for a stored value that is not a date', () => {
    expect(articleDate('yesterday', { locale: 'ar', digits: 'western', hijriTwin: true })).toBeNull()
  })
})
