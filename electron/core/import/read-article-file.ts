import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { MidadError } from '../../../shared/contract/errors'
import { importLimitBytes, limitMb } from '../../../shared/contract/import-limits'
import { importOffThread } from './import-off-thread'
import type { ImportedArticle } from './imported-article'

/**
 * The first step of an import from disk (the CLI's): reads an article file
 * (.docx, .html, .md, .txt) and turns it into an article in a worker thread,
 * touching no database; `storeImportedArticle` is the second step. A missing
 * file, a folder or an unreadable file is `file_unreadable`; a file too large
 * to be an article is refused from its size, before it is read.
 */
export async function readArticleFile(path: string): Promise<ImportedArticle> {
  const fileName = basename(path)
  let bytes: Uint8Array
  try {
    const handle = await open(path, 'r')
    try {
      const info = await handle.stat()
      if (!info.isFile()) throw new MidadError('file_unreadable', { fileName })
      const limit = importLimitBytes(fileName)
      if (info.size > limit) throw new MidadError('import_too_large', { fileName, limitMb: limitMb(limit) })
      bytes = await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof MidadError) throw error
    throw new MidadError('file_unreadable', { fileName }, (error as Error).message)
  }
  // Off this thread, within its time and memory bounds, as the app imports.
  return importOffThread(fileName, bytes)
}
