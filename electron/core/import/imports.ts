import { MidadError } from '../../../shared/contract/errors'
import type { ImportedArticleResult } from '../../../shared/contract/operations'
import { nothingUnkept } from '../../../shared/paste/unkept-content'
import type { Article } from '../../../shared/article/article'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { RevisionSummary } from '../../../shared/revisions/revision'
import type { Articles } from '../articles/articles'
import type { NewVersions } from '../revisions/article-revisions'
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
  /**
   * A newer version of an existing article, read from the journalist's file:
   * its words replace the body and the lines the file names (headline, kicker,
   * dek, bylines, dateline, tags); the rest of the article stays. Recorded as
   * a revision labelled with the file's name.
   */
  storeImportedVersion(id: string, imported: ImportedArticle, label: string): Promise<{ article: Article; revision: RevisionSummary }>
}

/** The lines a file can carry; what it leaves empty keeps the article's own. */
const linesFromFile = ['headline', 'kicker', 'dek', 'dateline'] as const
const listsFromFile = ['bylines', 'tags'] as const

function metaWithNewVersion(current: ArticleMeta, fromFile: ArticleMeta): ArticleMeta {
  const meta = { ...current }
  for (const field of linesFromFile) if (fromFile[field].trim()) meta[field] = fromFile[field]
  for (const field of listsFromFile) if (fromFile[field].length > 0) meta[field] = fromFile[field]
  return meta
}

export function createImports(
  articles: Pick<Articles, 'createArticle' | 'getArticle'>,
  media: Pick<MediaLibrary, 'addImage'>,
  limits: Omit<ImportBounds, 'signal'> = {},
  /** The history's first revision of an imported article. */
  imported_: (id: string) => void = () => undefined,
  versions?: NewVersions
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
  const storeImportedVersion: Imports['storeImportedVersion'] = async (id, imported, label) => {
    const current = articles.getArticle(id)
    if (!versions) throw new MidadError('internal', undefined, 'no history to record a new version in')
    const body = await storeImportedPictures(imported, media.addImage)
    const revision = versions.importNewVersion(current.id, { meta: metaWithNewVersion(current.meta, imported.meta), body }, label)
    return { article: articles.getArticle(current.id), revision }
  }
  return {
    storeImportedVersion,
    importArticle: async (fileName, bytes, { signal } = {}) =>
      storeImportedArticle(await importOffThread(fileName, bytes, { ...limits, signal }), { signal }),
    storeImportedArticle
  }
}
