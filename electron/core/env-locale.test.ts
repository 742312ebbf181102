import { describe, expect, it } from 'vitest'
import { envLocale } from './env-locale'

describe('the language said outside the renderer', () => {
  it('follows the terminal: LC_ALL, then LC_MESSAGES, then LANG; English for en…, Arabic otherwise', () => {
    expect(envLocale({ LANG: 'en_US.UTF-8' })).toBe('en')
    expect(envLocale({ LANG: 'en' })).toBe('en')
    expect(envLocale({ LANG: 'ar_EG.UTF-8' })).toBe('ar')
    expect(envLocale({ LANG: 'C.UTF-8' })).toBe('ar')
    expect(envLocale({ LANG: 'fr_FR.UTF-8' })).toBe('ar')
    expect(envLocale({})).toBe('ar')
    expect(envLocale({ LANG: 'ar_EG.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toBe('en')
    expect(envLocale({ LANG: 'en_US.UTF-8', LC_ALL: 'ar_SA.UTF-8' })).toBe('ar')
    expect(envLocale({ LANG: 'en_US.UTF-8', LC_ALL: '' })).toBe('en')
  })

  it('lets MIDAD_LOCALE decide over the terminal', () => {
    expect(envLocale({ LANG: 'en_US.UTF-8', MIDAD_LOCALE: 'ar' })).toBe('ar')
    expect(envLocale({ LANG: 'ar_EG.UTF-8', MIDAD_LOCALE: 'en' })).toBe('en')
  })
})
