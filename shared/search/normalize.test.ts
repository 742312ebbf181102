import { describe, expect, it } from 'vitest'
import { normalizeArabic } from './normalize'
import { stemArabic } from './stem'
import { indexedTerms, indexedTermsByParagraph } from './search-terms'

describe('normalizing Arabic for search', () => {
  it.each([
    ['harakat inside a word', 'مُدَرِّسَةٌ', 'مدرسه'],
    ['tanwin and sukun', 'كِتَابًا مْ', 'كتابا م'],
    ['the superscript alef', 'رحمٰن', 'رحمن'],
    ['tatweel', 'الاقتـــصاد', 'الاقتصاد'],
    ['alef with hamza above', 'أحمد', 'احمد'],
    ['alef with hamza below', 'إسلام', 'اسلام'],
    ['alef madda', 'آمال', 'امال'],
    ['alef wasla', 'ٱستقلال', 'استقلال'],
    ['alef maqsura', 'مصطفى', 'مصطفي'],
    ['teh marbuta', 'مدرسة', 'مدرسه'],
    ['hamza on waw', 'مسؤول', 'مسوول'],
    ['hamza on yeh', 'رئيس', 'رييس'],
    ['Arabic-Indic digits', '٢٠٢٤', '2024'],
    ['Persian digits', '۱۹۹۸', '1998'],
    ['Persian yeh and kaf', 'کتابی', 'كتابي'],
    ['direction marks', 'بي\u200Fروت\u200E', 'بيروت'],
    ['Latin case and accents', 'Café UNESCO', 'cafe unesco']
  ])('folds %s', (_rule, written, folded) => {
    expect(normalizeArabic(written)).toBe(folded)
  })

  it('leaves plain letters, Latin digits and punctuation as they are', () => {
    expect(normalizeArabic('بيت 42، قال')).toBe('بيت 42، قال')
  })
})

describe('stemming lightly', () => {
  it.each([
    ['the article', 'الكتاب', 'كتاب'],
    ['conjunction, preposition and article', 'وبالكتاب', 'كتاب'],
    ['fa and the article', 'فالقرار', 'قرار'],
    ['ka and the article', 'كالبحر', 'بحر'],
    ['lil', 'للمدرسه', 'مدرس'],
    ['a lone waw on a long word', 'وقرار', 'قرار'],
    ['masculine plural', 'المعلمون', 'معلم'],
    ['oblique plural', 'المعلمين', 'معلم'],
    ['feminine plural', 'سيارات', 'سيار'],
    ['feminine ending', 'سياره', 'سيار'],
    ['attached pronoun', 'كتابها', 'كتاب'],
    ['dual', 'لاعبان', 'لاعب'],
    ['nisba', 'عربيه', 'عرب'],
    ['nisba, masculine', 'عربي', 'عرب']
  ])('takes off %s', (_what, word, stem) => {
    expect(stemArabic(word)).toBe(stem)
  })

  it('never leaves fewer than two letters, and keeps a word that only looks prefixed', () => {
    expect(stemArabic('ال')).toBe('ال')
    expect(stemArabic('ورق')).toBe('ورق')
    expect(stemArabic('ولد')).toBe('ولد')
    expect(stemArabic('له')).toBe('له')
  })

  it('leaves Latin words and numbers alone', () => {
    expect(stemArabic('unesco')).toBe('unesco')
    expect(stemArabic('2024')).toBe('2024')
  })

  it('indexes a vowelled, stretched, prefixed word as its bare stem', () => {
    expect(indexedTerms('وَبِالْكِتَـــابِ، ١٢')).toBe('كتاب 12')
  })

  it('indexes a body paragraph by paragraph as it would the whole, also when a paragraph comes back edited', () => {
    const body = 'وَبِالْكِتَـــابِ، ١٢ قال الوزير\n\n…\n\nالمدارسُ مُغلَقة\u200F اليوم\n\n\nUNESCO 2024'
    expect(indexedTermsByParagraph(body)).toBe(indexedTerms(body))
    const edited = body.replace('اليوم', 'غدًا')
    expect(indexedTermsByParagraph(edited)).toBe(indexedTerms(edited))
    expect(indexedTermsByParagraph(edited)).not.toBe(indexedTermsByParagraph(body))
  })
})
