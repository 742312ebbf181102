import { MidadError } from '../../../shared/contract/errors'
import { IMPORT_LIMIT_BYTES, importFormatByName, limitMb, type ImportFormat } from '../../../shared/contract/import-limits'
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract/operations'
import { decodeArticleText } from './article-text-bytes'
import { looksLikeZip } from './docx-zip'
import type { ImportedArticle } from './imported-article'
import { parseTextArticle } from './import-text'

/** A Word file with its pictures; the largest file any importer accepts. */
export const MAX_DOCX_BYTES = IMPORT_LIMIT_BYTES.docx
/** Saved web pages carry markup several times the size of their text. */
export const MAX_MARKUP_BYTES = IMPORT_LIMIT_BYTES.html
export const MAX_IMPORT_BYTES = MAX_IMPORT_FILE_BYTES

const startsLikeHtml = (bytes: Uint8Array) =>
  /^\s*(<!doctype html|<html[\s>])/i.test(new TextDecoder().decode(bytes.subarray(0, 256)).replace(/^\ufeff/, ''))

/** Which importer reads a file: by extension, else (no extension) by its first bytes. */
export function importFormatOf(fileName: string, bytes: Uint8Array): ImportFormat {
  const named = importFormatByName(fileName)
  if (named === 'unsupported') throw new MidadError('import_unsupported_format', { fileName })
  if (named !== null) return named
  if (looksLikeZip(bytes)) return 'docx'
  return startsLikeHtml(bytes) ? 'html' : 'text'
}

/**
 * The one importer: .docx, .html, .md and .txt become an article, chosen by
 * extension and checked against the content (a .docx must be a zip, a file
 * without extension that starts like a page is HTML). A file refused here is
 * refused before anything is stored; one too large is refused with the limit
 * of its own kind, the only one it is held to.
 */
export async function importArticleFile(fileName: string, bytes: Uint8Array): Promise<ImportedArticle> {
  const format = importFormatOf(fileName, bytes)
  const limit = IMPORT_LIMIT_BYTES[format]
  if (bytes.byteLength > limit) throw new MidadError('import_too_large', { fileName, limitMb: limitMb(limit) })
  // Each reader is loaded when a file of its kind comes: the Word reader,
  // the Markdown parser and the DOM behind them are heavy, and a text file
  // needs none of them.
  if (format === 'docx') return (await import('./import-docx')).articleFromDocx(bytes, fileName)
  if (format === 'html') {
    const text = decodeArticleText(bytes, fileName, limit)
    return (await import('./article-from-html')).articleFromHtml(text, fileName, { webPage: true })
  }
  if (format === 'markdown') {
    const text = decodeArticleText(bytes, fileName, limit)
    return (await import('./import-markdown')).articleFromMarkdown(text, fileName)
  }
  return parseTextArticle(bytes, fileName)
}
