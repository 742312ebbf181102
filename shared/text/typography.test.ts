import { describe, expect, it } from 'vitest'
import { arabicPunctuationFor, digitsIn, directionOfLetter, firstStrongDirection, isLatinText, quoteFor, quotesTurnedFor, typedCharacter, typedInField } from './typography'

const curly = { quoteStyle: 'curly', digitStyle: 'western' } as const
const guillemets = { quoteStyle: 'guillemets', digitStyle: 'arabic-indic' } as const

describe('Arabic punctuation as typed', () => {
  it('turns , ; ? typed right after an Arabic word into ، ؛ ؟', () => {
    expect(arabicPunctuationFor(',', 'قال', 'rtl')).toBe('،')
    expect(arabicPunctuationFor(';', 'موسكو', 'rtl')).toBe('؛')
    expect(arabicPunctuationFor('?', 'لماذا', 'rtl')).toBe('؟')
    // After harakat or tatweel the word is still Arabic.
    expect(arabicPunctuationFor('?', 'لماذاً', 'rtl')).toBe('؟')
  })

  it('leaves them alone after Latin, digits or a space, in an English block, and for other keys', () => {
    expect(arabicPunctuationFor(',', 'Reuters', 'rtl')).toBeNull()
    expect(arabicPunctuationFor(',', '2026', 'rtl')).toBeNull()
    expect(arabicPunctuationFor(',', 'قال ', 'rtl')).toBeNull()
    expect(arabicPunctuationFor(',', '', 'rtl')).toBeNull()
    expect(arabicPunctuationFor(',', 'قال', 'ltr')).toBeNull()
    expect(arabicPunctuationFor('.', 'قال', 'rtl')).toBeNull()
  })
})

describe('quotation marks as typed', () => {
  it('opens with U+201D and closes with U+201C in right-to-left copy', () => {
    expect(quoteFor('', 'curly', 'rtl')).toBe('\u201D')
    expect(quoteFor('قال: ', 'curly', 'rtl')).toBe('\u201D')
    expect(quoteFor('قال ”نعم', 'curly', 'rtl')).toBe('\u201C')
  })

  it('uses « » when the newsroom says so', () => {
    expect(quoteFor('قال ', 'guillemets', 'rtl')).toBe('«')
    expect(quoteFor('قال «نعم', 'guillemets', 'rtl')).toBe('»')
  })

  it('uses English quotes in an English block', () => {
    expect(quoteFor('He said ', 'guillemets', 'ltr')).toBe('\u201C')
    expect(quoteFor('He said “yes', 'curly', 'ltr')).toBe('\u201D')
  })
})

describe('digit style', () => {
  it('writes every digit in the chosen style, whichever style it came in', () => {
    expect(digitsIn('عام 2026', 'arabic-indic')).toBe('عام ٢٠٢٦')
    expect(digitsIn('عام ٢٠٢٦ و۱۲', 'western')).toBe('عام 2026 و12')
  })

  it('converts a typed digit in Arabic copy only, and nothing when it is already right', () => {
    expect(typedCharacter('7', 'عام ', 'rtl', guillemets)).toBe('٧')
    expect(typedCharacter('7', 'Year ', 'ltr', guillemets)).toBeNull()
    expect(typedCharacter('7', 'عام ', 'rtl', curly)).toBeNull()
    expect(typedCharacter('٧', 'عام ', 'rtl', curly)).toBe('7')
    expect(typedCharacter('x', 'عام ', 'rtl', curly)).toBeNull()
    expect(typedCharacter('"', '', 'rtl', guillemets)).toBe('«')
    expect(typedCharacter('?', 'هل', 'rtl', curly)).toBe('؟')
  })
})

describe('quotation marks when a block changes direction', () => {
  it('turns right-to-left curly quotes into English ones and back', () => {
    expect(quotesTurnedFor('He said \u201Dyes\u201C')).toBe('He said \u201Cyes\u201D')
    expect(quotesTurnedFor('He said \u201Cyes\u201D')).toBe('He said \u201Dyes\u201C')
  })

  it('leaves « », single quotes, apostrophes and everything else as they are', () => {
    expect(quotesTurnedFor('قال «نعم» it’s ‘so’ 2026')).toBe('قال «نعم» it’s ‘so’ 2026')
  })
})

describe('the direction a first letter gives a paragraph', () => {
  it('is left-to-right for Latin and right-to-left for Arabic', () => {
    expect(directionOfLetter('W')).toBe('ltr')
    expect(directionOfLetter('é')).toBe('ltr')
    expect(directionOfLetter('ق')).toBe('rtl')
    expect(directionOfLetter('ی')).toBe('rtl')
  })

  it('is none for digits, spaces, punctuation, quotes and harakat', () => {
    for (const typed of ['3', '٣', ' ', '"', '«', '،', '-', '\u064E']) expect(directionOfLetter(typed)).toBeNull()
  })
})

describe('a paragraph’s first letter and English blocks', () => {
  it('finds the first letter that has a direction, past digits and punctuation', () => {
    expect(firstStrongDirection('2026 "Yes"')).toBe('ltr')
    expect(firstStrongDirection('٣، قال')).toBe('rtl')
    expect(firstStrongDirection('2026 ،')).toBeNull()
  })

  it('calls text English only when it has Latin letters and no Arabic one', () => {
    expect(isLatinText('We are ready, 2026')).toBe(true)
    expect(isLatinText('Reuters قالت')).toBe(false)
    expect(isLatinText('2026')).toBe(false)
  })
})

describe('typing in the article’s other fields', () => {
  it('gives headline, caption and credit the body’s typography', () => {
    const typed = (key: string, before: string) => typedInField(key, before, 'rtl', guillemets, 'copy')
    expect(typed('3', 'قمة ')).toBe('٣')
    expect(typed(',', 'قال')).toBe('،')
    expect(typed('"', 'قال ')).toBe('«')
    expect(typed('"', 'قال «نعم')).toBe('»')
  })

  it('writes Western digits in the slug whatever the setting, and changes nothing else there', () => {
    expect(typedInField('٣', 'قمة-', 'rtl', guillemets, 'slug')).toBe('3')
    expect(typedInField('3', 'قمة-', 'rtl', guillemets, 'slug')).toBeNull()
    expect(typedInField('"', 'قمة-', 'rtl', guillemets, 'slug')).toBeNull()
    expect(typedInField(',', 'قمة', 'rtl', guillemets, 'slug')).toBeNull()
  })
})
