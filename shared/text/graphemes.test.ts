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
