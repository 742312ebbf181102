import { MidadError } from '../../../shared/contract/errors'
import type { ImportedArticleResult } from '../../../shared/contract/operations'
import { nothingUnkept } from '../../../shared/paste/unkept-content'
import type { Articles } from '../articles/articles'
import type { MediaLibrary } from '../media/media-library'
import { importOffThread, type ImportBounds } from './import-off-thread'
import type { ImportedArticle } from './imported-article'
import { storeImportedPictures } from './store-imported-pictures'

/**
 * Article files brought into the library, in two steps: reading a file
 * (`readArticleFile`, or the worker behind `importArticle`) touches no
 * database; storing what was read does.
 */
export interface Imports {
  // Read in a worker thread; MidadError('import_*'), or 'cancelled' once the signal aborts; a refused file creates nothing; `unkept` names what it left out
  importArticle(fileName: string, bytes: Uint8Array, options?: { signal?: AbortSignal }): Promise<ImportedArticleResult>
  /** The second step: an article already read becomes part of the library, its pictures first. */
  storeImportedArticle(imported: ImportedArticle, options?: { signal?: AbortSignal }): Promise<ImportedArticleResult>
}

export function createImports(
  articles: Pick<Articles, 'createArticle'>,
  media: Pick<MediaLibrary, 'addImage'>,
  limits: Omit<ImportBounds, 'signal'> = {},
  /** The history's first revision of an imported article. */
  imported_: (id: string) => void = () => undefined
): Imports {
  // Pictures are stored before the article exists: a failure there (other
  // than a picture the store refuses, whose figure then waits) creates no
  // article. Pictures stored before such a failure stay unreferenced in the
  // content-addressed store, as a picture inserted and then deleted does.
  const storeImportedArticle: Imports['storeImportedArticle'] = async (imported, { signal } = {}) => {
    const body = await storeImportedPictures(imported, media.addImage)
    // Cancelled while its pictures were stored: still no article.
    if (signal?.aborted) throw new MidadError('cancelled')
    const article = articles.createArticle(imported.meta, body)
    imported_(article.id)
    return { ...article, unkept: imported.unkept ?? nothingUnkept() }
  }
  return {
    importArticle: async (fileName, bytes, { signal } = {}) =>
      storeImportedArticle(await importOffThread(fileName, bytes, { ...limits, signal }), { signal }),
    storeImportedArticle
  }
}
