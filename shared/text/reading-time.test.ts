import { describe, expect, it } from 'vitest'
import { readingMinutes } from './reading-time'

describe('reading time', () => {
  it('is zero for an empty article and at least a minute for any text', () => {
    expect(readingMinutes(0)).toBe(0)
    expect(readingMinutes(12)).toBe(1)
  })

  it('rounds to whole minutes at 200 Arabic words a minute', () => {
    expect(readingMinutes(1000)).toBe(5)
    expect(readingMinutes(1099)).toBe(5)
    expect(readingMinutes(1100)).toBe(6)
  })
})
