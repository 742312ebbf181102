import { bodyBlocks, blockText } from '../body-blocks'
import { finding, type Rule } from '../check-input'

/** An empty subheading publishes as an empty <h2>: a hole in the page's outline. */
export const emptyHeadingRule: Rule = ({ body }) =>
  bodyBlocks(body)
    .filter(({ node }) => node.type === 'heading' && !blockText(node).text.trim())
    .map(({ path }) => finding('heading_empty', { kind: 'body', path, excerpt: '' }))
