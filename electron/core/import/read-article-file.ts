import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { MidadError } from '../../../shared/contract/errors'
import { MAX_TEXT_ARTICLE_BYTES, parseTextArticle, type ImportedArticle } from './import-text'

/**
 * Reads a `.txt` article from disk. A missing file, a folder or an unreadable
 * file is `file_unreadable`; a file too large to be an article is refused from
 * its size, before its bytes are read.
 */
export async function readTextArticle(path: string): Promise<ImportedArticle> {
  const fileName = basename(path)
  let bytes: Uint8Array
  try {
    const handle = await open(path, 'r')
    try {
      const info = await handle.stat()
      if (!info.isFile()) throw new MidadError('file_unreadable', { fileName })
      if (info.size > MAX_TEXT_ARTICLE_BYTES) {
        throw new MidadError('import_too_large', { fileName, limitMb: MAX_TEXT_ARTICLE_BYTES / (1024 * 1024) })
      }
      bytes = await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof MidadError) throw error
    throw new MidadError('file_unreadable', { fileName }, (error as Error).message)
  }
  return parseTextArticle(bytes, fileName)
}
