import type { Finding } from '../../../../shared/prepublish/finding'
import { finding, type Rule } from '../check-input'
import { textFields } from '../text-fields'

const latinMarks = new Set([',', ';', '?'])
const arabicScript = /\p{Script=Arabic}/u
// A word's letters and digits; harakat and other marks ride on their letter.
const wordCharacter = /[\p{L}\p{N}]/u
const isArabicLetter = (ch: string) => arabicScript.test(ch) && /\p{L}/u.test(ch)

function nearestWordCharacter(text: string, from: number, step: 1 | -1): string | null {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    if (wordCharacter.test(text[i]!)) return text[i]!
  }
  return null
}

/**
 * `,` `;` `?` between Arabic words should be ، ؛ ؟ (docs/arabic-text.md), in every field.
 * Only where the nearest word on each side is Arabic (or the Arabic sentence
 * ends the text): a Latin mark next to an English word or a number (1,5) is
 * right, and so is anything in a left-to-right block or a run marked as
 * English. The finding points at the first such mark.
 */
export const latinPunctuationRule: Rule = (input) => {
  const found: Finding[] = []
  for (const { text, latinRun, ltr, at } of textFields(input)) {
    if (ltr) continue
    const hits: number[] = []
    for (let i = 0; i < text.length; i++) {
      if (!latinMarks.has(text[i]!) || latinRun[i]) continue
      const before = nearestWordCharacter(text, i - 1, -1)
      const after = nearestWordCharacter(text, i + 1, 1)
      if (before && isArabicLetter(before) && (after === null || isArabicLetter(after))) hits.push(i)
    }
    if (hits.length === 0) continue
    const first = hits[0]!
    found.push(finding('latin_punctuation', at({ from: first, to: first + 1 }), { mark: text[first]!, count: hits.length }))
  }
  return found
}
