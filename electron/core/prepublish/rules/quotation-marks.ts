import type { Finding } from '../../../../shared/prepublish/finding'
import { finding, type Rule } from '../check-input'
import { textFields } from '../text-fields'

const count = (text: string, mark: string) => text.split(mark).length - 1

/**
 * The first mark of a pair that does not add up, or null. Curly quotes are
 * compared by count, not by order: in right-to-left copy ” opens and “ closes
 * (docs/arabic-text.md), while an English run opens with “, and both are correct.
 */
function unbalancedMark(text: string): string | null {
  if (count(text, '\u201C') !== count(text, '\u201D')) return count(text, '\u201C') > count(text, '\u201D') ? '\u201C' : '\u201D'
  if (count(text, '\u00AB') !== count(text, '\u00BB')) return count(text, '\u00AB') > count(text, '\u00BB') ? '\u00AB' : '\u00BB'
  if (count(text, '"') % 2 !== 0) return '"'
  return null
}

/** A quotation opened and never closed (or closed and never opened) within its paragraph or field; it points at the mark. */
export const quotationMarksRule: Rule = (input) => {
  const found: Finding[] = []
  for (const { text, at } of textFields(input)) {
    const mark = unbalancedMark(text)
    if (!mark) continue
    const place = text.indexOf(mark)
    found.push(finding('unbalanced_quotes', at({ from: place, to: place + 1 }), { mark }))
  }
  return found
}
