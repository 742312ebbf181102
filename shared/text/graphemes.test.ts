import { describe, expect, it } from 'vitest'
import { countGraphemes } from './graphemes'

describe('headline length in graphemes', () => {
  it('counts a letter with its harakat as one character', () => {
    const vocalized = 'كَتَبَ'
    expect(vocalized.length).toBe(6)
    expect(countGraphemes(vocalized)).toBe(3)
  })

  it('counts spaces and punctuation like a reader does', () => {
    expect(countGraphemes('غزة، اليوم؟')).toBe(11)
  })

  it('counts an emoji made of several code points once', () => {
    expect(countGraphemes('👨‍👩‍👧 عائلة')).toBe(7) // one family, a space, five letters
  })

  it('is zero for an empty headline', () => {
    expect(countGraphemes('')).toBe(0)
  })
})

describe('counting graphemes quickly in everyday copy', () => {
  const segmenter = new Intl.Segmenter('ar', { granularity: 'grapheme' })
  const reference = (text: string) => [...segmenter.segment(text)].length
  const ranges: [number, number][] = [
    [0x20, 0x7e], [0xa0, 0xac], [0xae, 0x36f], [0x606, 0x61b], [0x61d, 0x6dc], [0x6de, 0x6ff], [0x750, 0x77f], [0x200c, 0x200c], [0x2010, 0x2027], [0x2030, 0x205e]
  ]
  const everyday = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)))

  it('agrees with the Unicode segmenter for every code point of everyday copy, alone, after a letter, before one and doubled', () => {
    const disagreements = everyday.flatMap((c) =>
      [c, `ب${c}`, `${c}ب`, `${c}${c}`, `a${c}a`].filter((text) => countGraphemes(text) !== reference(text)).map((text) => text.codePointAt(text.length - 1)!.toString(16))
    )
    expect(disagreements).toEqual([])
  })

  it('agrees with the segmenter on long vocalized text, and on text outside the everyday set', () => {
    const text = 'قالَ الوزيرُ إنّ «الحكومة» ستعلن، خطةً جديدة؟ (2025) — café naïve ‰'.repeat(200)
    expect(countGraphemes(text)).toBe(reference(text))
    for (const other of ['عائلة 👨‍👩‍👧', '\u0600١٢٣', 'نص\u061Cمع علامة', 'سطر\r\nثان', 'soft\u00ADhyphen', '한국어', '🇸🇦 علم', 'नमस्ते']) {
      expect(countGraphemes(other)).toBe(reference(other))
    }
  })
})
