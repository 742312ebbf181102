import { describe, expect, it } from 'vitest'
import { personColour, personPalette } from './person-colour'

const channel = (hex: string, at: number) => {
  const value = parseInt(hex.slice(at, at + 2), 16) / 255
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
}
const luminance = (hex: string) => 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5)

describe('a person’s colour', () => {
  it('is the same for the same person on every desk, and spread across the palette', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)
    expect(personColour(ids[7]!)).toBe(personColour(ids[7]!))
    expect(new Set(ids.map(personColour)).size).toBe(personPalette.length)
  })

  it('every colour reads as text on white (WCAG AA, 4.5:1)', () => {
    for (const colour of personPalette) expect(1.05 / (luminance(colour) + 0.05), colour).toBeGreaterThanOrEqual(4.5)
  })
})
