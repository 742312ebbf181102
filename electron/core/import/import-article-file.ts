import { MidadError } from '../../../shared/contract/errors'
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract/operations'
import { decodeArticleText } from './article-text-bytes'
import { articleFromHtml } from './article-from-html'
import { articleFromDocx } from './import-docx'
import { articleFromMarkdown } from './import-markdown'
import { looksLikeZip } from './docx-zip'
import type { ImportedArticle } from './imported-article'
import { parseTextArticle } from './import-text'

/** A Word file with its pictures; the largest file any importer accepts. */
export const MAX_DOCX_BYTES = MAX_IMPORT_FILE_BYTES
/** Saved web pages carry markup several times the size of their text. */
export const MAX_MARKUP_BYTES = 5 * 1024 * 1024
export const MAX_IMPORT_BYTES = MAX_DOCX_BYTES

const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''
const startsLikeHtml = (bytes: Uint8Array) =>
  /^\s*(<!doctype html|<html[\s>])/i.test(new TextDecoder().decode(bytes.subarray(0, 256)).replace(/^\ufeff/, ''))

/**
 * The one importer: .docx, .html, .md and .txt become an article, chosen by
 * extension and checked against the content (a .docx must be a zip, a file
 * without extension that starts like a page is HTML). A file refused here is
 * refused before anything is stored.
 */
export async function importArticleFile(fileName: string, bytes: Uint8Array): Promise<ImportedArticle> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new MidadError('import_too_large', { fileName, limitMb: MAX_IMPORT_BYTES / (1024 * 1024) })
  }
  const extension = extensionOf(fileName)
  if (extension === 'docx' || (extension === '' && looksLikeZip(bytes))) return articleFromDocx(bytes, fileName)
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml' || (extension === '' && startsLikeHtml(bytes))) {
    return articleFromHtml(decodeArticleText(bytes, fileName, MAX_MARKUP_BYTES), fileName, { webPage: true })
  }
  if (extension === 'md' || extension === 'markdown') {
    return articleFromMarkdown(decodeArticleText(bytes, fileName, MAX_MARKUP_BYTES), fileName)
  }
  if (extension === 'txt' || extension === 'text' || extension === '') return parseTextArticle(bytes, fileName)
  throw new MidadError('import_unsupported_format', { fileName })
}
