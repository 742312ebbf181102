import { describe, expect, it } from 'vitest'
import { IntlMessageFormat } from 'intl-messageformat'
import { ar } from './ar'
import { en } from './en'
import { translate } from './translate'

describe('translate', () => {
  it('has an English message for every Arabic one, and no extras', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ar).sort())
  })

  it('every message in both locales is valid ICU MessageFormat', () => {
    for (const [locale, catalog] of [['ar', ar], ['en', en]] as const) {
      for (const [key, source] of Object.entries(catalog)) {
        expect(() => new IntlMessageFormat(source, locale), `${locale}:${key}`).not.toThrow()
      }
    }
  })

  it('fills parameters into Arabic and English messages', () => {
    expect(translate('ar', 'error.image_too_large', { fileName: 'صورة.jpg', limitMb: 25 })).toContain('صورة.jpg')
    expect(translate('en', 'error.image_too_large', { fileName: 'a.jpg', limitMb: 25 })).toContain('25 MB')
  })

  it('uses Arabic plural forms', () => {
    const forms = '{n, plural, zero {صفر} one {واحد} two {اثنان} few {قليل} many {كثير} other {آخر}}'
    const pick = (n: number) => String(new IntlMessageFormat(forms, 'ar').format({ n }))
    expect([0, 1, 2, 3, 11, 100].map(pick)).toEqual(['صفر', 'واحد', 'اثنان', 'قليل', 'كثير', 'آخر'])
  })
})
