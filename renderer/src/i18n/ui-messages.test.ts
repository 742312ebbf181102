import { describe, expect, it } from 'vitest'
import { uiAr } from '../../../shared/i18n/messages/ui.ar'
import { uiEn } from '../../../shared/i18n/messages/ui.en'
import { translate } from '../../../shared/i18n/translate'

// Every placeholder any interface message may use, with a sample value.
const sample = { count: 3, headline: 'عنوان', at: Date.UTC(2025, 2, 12, 9, 30), length: 412000, max: 300000, fileName: 'تقرير.docx', done: 2, total: 5, status: 'معتمد', label: 'معتمد', items: 'صورتان' }
const words = (count: number) => translate('ar', 'article.words', { count })

describe('interface messages', () => {
  it('render in both languages without a missing or malformed message', () => {
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiAr).sort())
    for (const key of Object.keys(uiAr)) {
      for (const locale of ['ar', 'en'] as const) {
        const text = translate(locale, key, sample)
        expect(text, `${locale} ${key}`).not.toBe('')
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/)
      }
    }
  })

  it('count words with all six Arabic plural forms', () => {
    expect(words(0)).toBe('لا كلمات')
    expect(words(1)).toBe('كلمة واحدة')
    expect(words(2)).toBe('كلمتان')
    expect(words(3)).toBe('3 كلمات')
    expect(words(10)).toBe('10 كلمات')
    expect(words(11)).toBe('11 كلمةً')
    expect(words(99)).toBe('99 كلمةً')
    expect(words(100)).toBe('100 كلمة')
    expect(words(103)).toBe('103 كلمات')
  })

  it('count articles in English with singular and plural', () => {
    expect(translate('en', 'library.count', { count: 0 })).toBe('No articles')
    expect(translate('en', 'library.count', { count: 1 })).toBe('1 article')
    expect(translate('en', 'library.count', { count: 12 })).toBe('12 articles')
    expect(translate('ar', 'library.count', { count: 2 })).toBe('مقالان')
    expect(translate('ar', 'library.count', { count: 11 })).toBe('11 مقالًا')
  })

  it('say how far a batch export has gone, with the Arabic forms of its total', () => {
    const progress = (done: number, total: number, locale: 'ar' | 'en' = 'ar') => translate(locale, 'batch.progress', { done, total })
    expect(progress(1, 1)).toBe('1 من مقال واحد')
    expect(progress(1, 2)).toBe('1 من مقالين')
    expect(progress(3, 5)).toBe('3 من 5 مقالات')
    expect(progress(3, 12)).toBe('3 من 12 مقالًا')
    expect(progress(40, 100)).toBe('40 من 100 مقال')
    expect(progress(3, 12, 'en')).toBe('3 of 12 articles')
    expect(progress(1, 1, 'en')).toBe('1 of 1 article')
    expect(translate('ar', 'batch.progress', { done: 3, total: 12 }, 'arabic-indic')).toBe('٣ من ١٢ مقالًا')
  })

  it('sum up a batch in both languages', () => {
    expect(translate('ar', 'batch.exported', { count: 2 })).toBe('صُدِّر مقالان')
    expect(translate('ar', 'batch.exported', { count: 0 })).toBe('لم يُصدَّر أي مقال')
    expect(translate('ar', 'batch.refused', { count: 1 })).toBe('رُفض مقال واحد')
    expect(translate('ar', 'batch.refused', { count: 4 })).toBe('رُفضت 4 مقالات')
    expect(translate('ar', 'batch.selected', { count: 11 })).toBe('سيُصدَّر 11 مقالًا')
    expect(translate('en', 'batch.exported', { count: 2 })).toBe('2 articles exported')
    expect(translate('en', 'batch.refused', { count: 1 })).toBe('1 article refused')
  })
})
