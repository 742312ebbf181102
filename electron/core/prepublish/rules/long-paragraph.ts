import type { Finding } from '../../../../shared/prepublish/finding'
import { countWords } from '../../../../shared/text/word-count'
import { bodyBlocks, blockText } from '../body-blocks'
import { finding, type Rule } from '../check-input'

/**
 * News paragraphs are short: wire style guides ask for one to three sentences,
 * about 40–70 words in Arabic copy. An Arabic news site sets some 8–10 words
 * to a line on a phone, so 120 words fill a phone screen (12–15 lines) without
 * a break — past that readers skim or leave. The warning starts there, well
 * above the normal paragraph so it only flags real walls of text.
 */
export const LONG_PARAGRAPH_WORDS = 120

export const longParagraphRule: Rule = ({ body }) => {
  const found: Finding[] = []
  for (const { node, path } of bodyBlocks(body)) {
    if (node.type !== 'paragraph') continue
    const { text } = blockText(node)
    const words = countWords(text)
    if (words <= LONG_PARAGRAPH_WORDS) continue
    found.push(finding('paragraph_long', { kind: 'body', path, excerpt: text.slice(0, 60).trim() + '…' }, { words, limit: LONG_PARAGRAPH_WORDS }))
  }
  return found
}
