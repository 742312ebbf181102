import type { Finding } from '../../../../shared/prepublish/finding'
import { bodyBlocks, blockText, excerptAround, isTextBlock } from '../body-blocks'
import { finding, type Rule } from '../check-input'

// Spaces and no-break spaces: two in a row is a typing slip in any language.
const doubled = /[ \u00A0]{2,}/g

/** Two or more spaces in a row; one finding per block, counting the places. */
export const doubledSpacesRule: Rule = ({ body }) => {
  const found: Finding[] = []
  for (const { node, path } of bodyBlocks(body)) {
    if (!isTextBlock(node)) continue
    const { text } = blockText(node)
    const places = [...text.matchAll(doubled)]
    if (places.length === 0) continue
    found.push(finding('doubled_spaces', { kind: 'body', path, excerpt: excerptAround(text, places[0]!.index) }, { count: places.length }))
  }
  return found
}
