import { describe, expect, it } from 'vitest'
import { countWords } from './word-count'

describe('countWords', () => {
  it('counts Arabic words, keeping harakat inside their word', () => {
    expect(countWords('كَتَبَ الصحفيُّ مقالاً')).toBe(3)
  })

  it('does not count quotation marks or dashes as words', () => {
    expect(countWords('قال « نعم » — ثم غادر')).toBe(4)
  })

  it('separates words joined by an Arabic comma without a space', () => {
    expect(countWords('بيروت،دمشق؛القاهرة')).toBe(3)
  })

  it('counts digits, Latin names and no-break-space separated words', () => {
    expect(countWords('في عام 2024 زار Macron\u00a0بيروت')).toBe(6)
  })

  it('is zero for empty or punctuation-only text', () => {
    expect(countWords('')).toBe(0)
    expect(countWords(' ، « » — ')).toBe(0)
  })
})

describe('countWords agrees with the Unicode rule it implements', () => {
  it('matches /[\\p{L}\\p{M}\\p{N}]+/gu on mixed text, including characters outside the BMP', () => {
    const samples = [
      'وصف الرئيس الروسي فلاديمير بوتين، يوم الأربعاء، التحالف “عامل استقرار” حاسم',
      'ـــ تطويل ـــ و ١٢٣ و ۴۵۶ و 789',
      'emoji 😀 between كلمات and 𝐀𝐁𝐂 math letters 𐌰𐌱',
      'a\u200cb c\u00a0d e\u2009f'
    ]
    for (const text of samples) {
      expect(countWords(text), text).toBe(text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0)
    }
  })
})
