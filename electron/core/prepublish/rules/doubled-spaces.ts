import type { Finding } from '../../../../shared/prepublish/finding'
import { finding, type Rule } from '../check-input'
import { textFields } from '../text-fields'

// Spaces and no-break spaces: two in a row is a typing slip in any language.
const doubled = /[ \u00A0]{2,}/g

/**
 * Two or more spaces in a row, in any field; one finding per field, counting
 * the places. It points at the spaces after the first of the first run, so
 * deleting what the check selects leaves the words one space apart.
 */
export const doubledSpacesRule: Rule = (input) => {
  const found: Finding[] = []
  for (const field of textFields(input)) {
    const places = [...field.text.matchAll(doubled)]
    if (places.length === 0) continue
    const first = places[0]!
    const range = { from: first.index + 1, to: first.index + first[0].length }
    found.push(finding('doubled_spaces', field.at(range), { count: places.length }))
  }
  return found
}
