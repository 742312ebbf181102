import { ArticleMeta, emptyMeta } from '../../../shared/article/meta'
import { emptyBody, type ArticleBody, type BodyNode } from '../../../shared/article/body'
import { MidadError } from '../../../shared/contract/errors'

/** A plain-text article is a few thousand words; anything far beyond is not one. */
export const MAX_TEXT_ARTICLE_BYTES = 2 * 1024 * 1024

export interface ImportedArticle {
  meta: ArticleMeta
  body: ArticleBody
}

const utf16ByteOrderMarks = [
  [0xff, 0xfe],
  [0xfe, 0xff]
]

// C0 controls other than tab, line feed, form feed and carriage return do not
// occur in text a journalist typed; NUL in particular marks images, PDFs, Word
// files and UTF-16 text.
const isBinaryByte = (b: number): boolean => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d

// Direction marks copied from web pages are layout hints, not text; stored
// content carries none (ARABIC.md) because the editor sets direction per block.
const directionMarks = /[\u200e\u200f\u061c]/g

function decode(bytes: Uint8Array, fileName: string): string {
  if (bytes.byteLength > MAX_TEXT_ARTICLE_BYTES) {
    throw new MidadError('import_too_large', { fileName, limitMb: MAX_TEXT_ARTICLE_BYTES / (1024 * 1024) })
  }
  // UTF-16 text is text, just not in the encoding we accept: say so, rather
  // than calling it binary because of its NUL bytes.
  if (utf16ByteOrderMarks.some(([a, b]) => bytes[0] === a && bytes[1] === b)) {
    throw new MidadError('import_not_utf8', { fileName })
  }
  if (bytes.some(isBinaryByte)) throw new MidadError('import_binary', { fileName })
  try {
    // ignoreBOM: false strips a leading UTF-8 byte order mark.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new MidadError('import_not_utf8', { fileName })
  }
}

const textNode = (text: string): BodyNode => ({ type: 'text', text })

// A single newline inside a block becomes a hard break, not a space: it keeps
// every character the writer typed (the stored plain text reads back exactly),
// keeps deliberate line breaks such as verse or addresses, and a wrapped line
// costs one keystroke to join in the editor while a joined line cannot be
// split back by anyone who has not seen the file.
function paragraph(lines: string[]): BodyNode {
  const content: BodyNode[] = []
  lines.forEach((line, i) => {
    if (i > 0) content.push({ type: 'hardBreak' })
    content.push(textNode(line))
  })
  return { type: 'paragraph', content }
}

/**
 * Reads a plain-text article: the first non-empty line is the headline, and
 * every blank-line-separated block after it is a paragraph. Refuses what is not
 * UTF-8 text, or has no text at all, before anything is stored.
 */
export function parseTextArticle(bytes: Uint8Array, fileName: string): ImportedArticle {
  const text = decode(bytes, fileName).replace(/\r\n?/g, '\n').replace(directionMarks, '')
  const lines = text.split('\n').map((line) => line.trim())
  const first = lines.findIndex((line) => line !== '')
  if (first === -1) throw new MidadError('import_empty', { fileName })

  const headline = lines[first] ?? ''
  const max = ArticleMeta.shape.headline.maxLength ?? Infinity
  if (headline.length > max) {
    throw new MidadError('import_headline_too_long', { fileName, length: headline.length, max })
  }

  const paragraphs: BodyNode[] = []
  let block: string[] = []
  for (const line of lines.slice(first + 1)) {
    if (line === '') {
      if (block.length > 0) paragraphs.push(paragraph(block))
      block = []
    } else {
      block.push(line)
    }
  }
  if (block.length > 0) paragraphs.push(paragraph(block))

  return {
    meta: { ...emptyMeta, headline },
    body: paragraphs.length > 0 ? { type: 'doc', content: paragraphs } : emptyBody()
  }
}
