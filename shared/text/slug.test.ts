import { describe, expect, it } from 'vitest'
import { cleanSlug, MAX_SLUG_ENCODED_BYTES, slugFromHeadline } from './slug'

describe('Arabic slug from a headline', () => {
  it('strips harakat, tatweel and punctuation and joins words with hyphens', () => {
    expect(slugFromHeadline('الأمـــمُ المتحدةُ تُحذّر: «كارثة» في غزة، عام ٢٠٢٦!')).toBe(
      'الأمم-المتحدة-تحذر-كارثة-في-غزة-عام-2026'
    )
  })

  it('keeps hamza forms as written (a slug is read, not searched)', () => {
    expect(slugFromHeadline('إسرائيل وآسيا ومؤتمر')).toBe('إسرائيل-وآسيا-ومؤتمر')
  })

  it('lowercases Latin words and drops their accents', () => {
    expect(slugFromHeadline('Café Über: iPhone 15 ينطلق')).toBe('cafe-uber-iphone-15-ينطلق')
  })

  it('is empty for a headline with no words', () => {
    expect(slugFromHeadline('  «»؟ — ')).toBe('')
  })

  it('stops at a word boundary within 200 percent-encoded bytes', () => {
    const headline = Array.from({ length: 40 }, () => 'مفاوضات').join(' ')
    const slug = slugFromHeadline(headline)
    expect(encodeURIComponent(slug).length).toBeLessThanOrEqual(MAX_SLUG_ENCODED_BYTES)
    expect(slug.split('-').every((word) => word === 'مفاوضات')).toBe(true)
    expect(slug.split('-').length).toBe(4) // each word is 7 letters × 6 bytes encoded + a hyphen
  })

  it('cuts a single over-long word by characters rather than dropping it', () => {
    const slug = slugFromHeadline('ب'.repeat(100))
    expect(slug).toBe('ب'.repeat(33))
  })
})

describe('Latin slug', () => {
  it('transliterates Arabic letters into plain ASCII', () => {
    const slug = slugFromHeadline('وزير الخارجية يزور غزة ٢٠٢٦', 'latin')
    expect(slug).toBe('wzir-alkharjia-yzur-ghza-2026')
    expect(slug).toMatch(/^[a-z0-9-]+$/)
  })
})

describe('a slug the journalist typed', () => {
  it('keeps their words and makes spaces and punctuation single hyphens', () => {
    expect(cleanSlug('  قمة   الرياض -- ٢٠٢٦ ')).toBe('قمة-الرياض-2026')
  })
})
