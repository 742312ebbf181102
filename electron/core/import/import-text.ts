import { ArticleMeta, emptyMeta } from '../../../shared/article/meta'
import { emptyBody, type BodyNode } from '../../../shared/article/body'
import { MidadError } from '../../../shared/contract/errors'
import { IMPORT_LIMIT_BYTES } from '../../../shared/contract/import-limits'
import { captionWithCredit } from './agency-credit'
import { decodeArticleText } from './article-text-bytes'
import type { ImportedArticle } from './imported-article'
import { isWebsiteChrome } from './website-chrome'

/** A plain-text article is a few thousand words; anything far beyond is not one. */
export const MAX_TEXT_ARTICLE_BYTES = IMPORT_LIMIT_BYTES.text

// Direction marks copied from web pages are layout hints, not text; stored
// content carries none (docs/arabic-text.md) because the editor sets direction per block.
const directionMarks = /[\u200e\u200f\u061c]/g

// A line that ends a sentence or a clause is running text, not a title.
const endsLikeProse = /[.!…:،؛,;"”»)]$/u
const words = (line: string) => line.split(/\s+/).filter(Boolean).length

// A section label: a word or two above the headline ("أخبار العالم").
const isSectionLabel = (line: string) => words(line) <= 4 && line.length <= 40 && !endsLikeProse.test(line)
// A subheading: a short standalone line that does not end like a sentence.
const isSubheading = (line: string) => words(line) <= 12 && line.length <= 100 && !endsLikeProse.test(line) && /\p{L}/u.test(line)

// "***", "———", "- - -": the writer's own section break.
const isSeparatorLine = (line: string) => /^([*\-_—–•=~])(\s*\1){2,}$/u.test(line)

const bulletItem = /^[-*•▪●–]\s+(.+)$/u
const numberedItem = /^[(]?[0-9\u0660-\u0669]{1,3}[.)-]\s+(.+)$/u

const textNode = (text: string): BodyNode => ({ type: 'text', text })

// A single newline inside a block becomes a hard break, not a space: it keeps
// every character the writer typed, keeps deliberate line breaks such as verse
// or addresses, and a wrapped line costs one keystroke to join in the editor
// while a joined line cannot be split back by anyone who has not seen the file.
function paragraph(lines: string[]): BodyNode {
  const content: BodyNode[] = []
  lines.forEach((line, i) => {
    if (i > 0) content.push({ type: 'hardBreak' })
    content.push(textNode(line))
  })
  return { type: 'paragraph', content }
}

function listOf(lines: string[]): BodyNode | null {
  for (const [type, marker] of [['bulletList', bulletItem], ['orderedList', numberedItem]] as const) {
    const items = lines.map((line) => marker.exec(line)?.[1])
    if (items.every((item) => item !== undefined)) {
      return { type, content: items.map((item) => ({ type: 'listItem', content: [paragraph([item!])] })) }
    }
  }
  return null
}

function blocksOf(lines: string[]): string[][] {
  const blocks: string[][] = []
  let block: string[] = []
  for (const line of lines) {
    if (line === '') {
      if (block.length > 0) blocks.push(block)
      block = []
    } else if (!isWebsiteChrome(line)) {
      block.push(line)
    }
  }
  if (block.length > 0) blocks.push(block)
  return blocks
}

function bodyNodes(blocks: string[][]): BodyNode[] {
  const nodes: BodyNode[] = []
  blocks.forEach((block, i) => {
    const only = block.length === 1 ? block[0]! : null
    const captioned = only === null ? null : captionWithCredit(only)
    const list = listOf(block)
    const previous = nodes[nodes.length - 1]
    // A caption under a subheading does not make the subheading a caption's peer.
    const next = blocks[i + 1]
    const nextIsTitleLike = next?.length === 1 && isSubheading(next[0]!) && !captionWithCredit(next[0]!)
    if (only !== null && isSeparatorLine(only)) {
      nodes.push({ type: 'horizontalRule' })
    } else if (captioned) {
      nodes.push({ type: 'figure', attrs: { mediaId: null, alt: '', caption: captioned.caption, credit: captioned.credit } })
    } else if (list) {
      // List items copied with a blank line between them are still one list.
      if (previous?.type === list.type) previous.content!.push(...list.content!)
      else nodes.push(list)
    } else if (only !== null && next !== undefined && isSubheading(only) && !nextIsTitleLike) {
      nodes.push({ type: 'heading', attrs: { level: 2 }, content: [textNode(only)] })
    } else {
      nodes.push(paragraph(block))
    }
  })
  return nodes
}

/**
 * Reads a plain-text article the way a journalist reads a copied page: a
 * section label and the headline at the top, then the lede and paragraphs,
 * short standalone lines as subheadings, "caption - أ ف ب" lines as figures
 * waiting for their image, marked lines as lists; the site's own chrome
 * (related articles, comment form, back-to-top) is left out. Refuses what is
 * not UTF-8 text, or has no text at all, before anything is stored; never a
 * readable article for the shape of its first line.
 */
export function parseTextArticle(bytes: Uint8Array, fileName: string): ImportedArticle {
  const text = decodeArticleText(bytes, fileName, MAX_TEXT_ARTICLE_BYTES).replace(/\r\n?/g, '\n').replace(directionMarks, '')
  const blocks = blocksOf(text.split('\n').map((line) => line.trim()))
  if (blocks.length === 0) throw new MidadError('import_empty', { fileName })

  // Two title-like lines above the body: a short label, then the longer headline.
  let section = ''
  const [first, second] = blocks
  const label = first!.length === 1 ? first![0]! : null
  const title = second?.length === 1 ? second[0]! : null
  if (label && title && blocks.length >= 3 && isSectionLabel(label) && isSubheading(title) && title.length > label.length) {
    section = label
    blocks.shift()
  }
  // A first line too long to be a headline is running text: the whole article
  // still comes in, with that line as its first paragraph and the headline left
  // empty for the journalist (the pre-publish check asks for one).
  const max = ArticleMeta.shape.headline.maxLength ?? Infinity
  const firstBlock = blocks.shift()!
  const headlineFits = firstBlock[0]!.length <= max
  const headline = headlineFits ? firstBlock[0]! : ''
  const lede = headlineFits ? firstBlock.slice(1) : firstBlock
  // The rest of the headline's block continues as the first paragraph.
  if (lede.length > 0) blocks.unshift(lede)

  const nodes = bodyNodes(blocks)
  return {
    meta: { ...emptyMeta, section, headline },
    body: nodes.length > 0 ? { type: 'doc', content: nodes } : emptyBody()
  }
}
