// Colours that read on the page's white and under selection, far enough apart
// to tell two writers' words from each other, each with text contrast ≥ 4.5:1.
export const personPalette = ['#1f6feb', '#b3261e', '#137333', '#8a3ffc', '#b25000', '#0b7285', '#a4146e', '#5c6300', '#3d5afe', '#7b4a12'] as const

/**
 * A person's colour, from their id: every desk that meets the same person
 * paints their words the same, with nothing to agree on or send.
 */
export function personColour(personId: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < personId.length; i++) {
    hash ^= personId.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return personPalette[hash % personPalette.length]!
}
