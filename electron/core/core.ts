// The one door to the back side: the Electron main process, the browser host
// and the CLI all open a Core; none of them touches SQLite or the media folder.
import { dirname, join, resolve } from 'node:path'
import { ArticleId, type Article, type ArticleSummary } from '../../shared/article/article'
import type { ArticleMeta } from '../../shared/article/meta'
import type { ArticleBody } from '../../shared/article/body'
import type { ArticleStatus, StatusChange } from '../../shared/article/status'
import type { Finding } from '../../shared/prepublish/finding'
import type { NewsroomSettings } from '../../shared/settings/newsroom-settings'
import { MidadError } from '../../shared/contract/errors'
import type { ImportedArticleResult } from '../../shared/contract/operations'
import { nothingUnkept } from '../../shared/paste/unkept-content'
import { createArticleStore } from './articles/article-store'
import { openDatabase } from './db/open-database'
import { nullLog, type Log } from './log/log'
import { writeArticleExport } from './export/export-article'
import type { ExportFormat } from './export/export-format'
import { prepareExportPictures, pruneRenditionCache } from './media/renditions'
import { importOffThread, type ImportBounds } from './import/import-off-thread'
import { storeImportedPictures } from './import/store-imported-pictures'
import { createImageStore } from './media/image-store'
import { createSectionsStore } from './newsroom/sections-store'
import { createSettingsStore } from './newsroom/settings-store'
import { checkArticle } from './prepublish/check-article'
import { refuseUnpublishable } from './prepublish/publishable'

export interface CoreOptions {
  /** The SQLite file; created with its folder on first run. */
  dbPath: string
  /** Where stored images live; defaults to `<dir of dbPath>/media`. */
  mediaDir?: string
  /** Room the rendition cache may take (default 2 GiB); tests make it small. */
  renditionCacheBytes?: number
  /** Time and memory one imported file may take to read (import-off-thread.ts); tests make them small. */
  importLimits?: Omit<ImportBounds, 'signal'>
  /** Where failures core gets past are written (the shells' midad.log); nothing by default. */
  log?: Log
}

export interface ExportOptions {
  /**
   * A draft to read or pass round, never to publish: written even while the
   * pre-publish check finds errors, kept out of search engines (noindex),
   * without a publish date, marked «مسودة لم تُنشر» above the article and
   * withheld in ninjs.
   */
  draft?: boolean
}

export interface StoredImage {
  mediaId: string // `<sha256>.<ext>`, content-addressed
  width: number
  height: number
  mimeType: string
}

export interface SaveResult {
  version: number
  updatedAt: string
  wordCount: number
  /** Present when the save changed the status: an approved or published text edited goes back to review. */
  statusChange?: StatusChange
}

export interface Core {
  readonly dbPath: string
  readonly mediaDir: string
  /** Most recently changed first; only those at one status when given. */
  listArticles(filter?: { status?: ArticleStatus }): ArticleSummary[]
  createArticle(meta?: Partial<ArticleMeta>, body?: ArticleBody): Article
  getArticle(id: string): Article // throws MidadError('not_found')
  saveArticle(input: { id: string; baseVersion: number; meta: ArticleMeta; body: ArticleBody }): SaveResult // MidadError('stale_version' | 'invalid_body' | 'not_found')
  deleteArticle(id: string): void
  setArticleStatus(id: string, status: ArticleStatus): ArticleStatus // throws MidadError('not_found' | 'invalid_input')
  /** Every change of the article's status, oldest first: who chose it ('set') or an edit after approval. */
  articleStatusHistory(id: string): StatusChange[] // throws MidadError('not_found')
  /** When the article became published (from its status history), or null while it is not published. */
  articlePublishedAt(id: string): string | null // throws MidadError('not_found')
  addImage(fileName: string, bytes: Uint8Array): Promise<StoredImage> // MidadError('image_*')
  mediaFilePath(mediaId: string): string // absolute path of a stored image; throws not_found for unknown/malformed ids
  /** The pre-publish check of the stored article: errors first, then warnings. */
  checkArticle(id: string): Finding[] // throws MidadError('not_found')
  /** Throws MidadError('export_blocked_by_check') while the check finds errors. */
  assertPublishable(id: string): void
  // index.html, fragment.html, ninjs.json (or the format's one), images/; refused, writing nothing, while the check finds errors.
  // Dated by its publication; an article not published, or any exported with `draft`, is a draft (noindex, no publish date).
  exportArticle(id: string, outDir: string, format?: ExportFormat, options?: ExportOptions): Promise<{ folder: string; files: string[] }>
  // Read in a worker thread; MidadError('import_*'), or 'cancelled' once the signal aborts; a refused file creates nothing; `unkept` names what it left out
  importArticle(fileName: string, bytes: Uint8Array, options?: { signal?: AbortSignal }): Promise<ImportedArticleResult>
  listSections(): string[]
  saveSections(names: string[]): string[] // MidadError('invalid_input' | 'section_duplicate')
  getSettings(): NewsroomSettings
  saveSettings(settings: NewsroomSettings): NewsroomSettings // MidadError('invalid_input' | 'site_base_url_invalid' | 'url_pattern_*' …)
  close(): void
}

// The CLI hands core the id as typed; the contract has already lower-cased it.
const articleId = (id: string): string => ArticleId.safeParse(id).data ?? id

export function openCore(options: CoreOptions): Core {
  const dbPath = resolve(options.dbPath)
  const mediaDir = resolve(options.mediaDir ?? join(dirname(dbPath), 'media'))
  const log = options.log ?? nullLog
  const db = openDatabase(dbPath, { log })
  const articles = createArticleStore(db)
  const images = createImageStore(db, mediaDir)
  const sections = createSectionsStore(db)
  const settings = createSettingsStore(db, log)
  const renditionCache = join(dirname(dbPath), 'cache', 'renditions')
  const findArticle = (id: string): Article | null => {
    try {
      return articles.get(id)
    } catch (error) {
      if (error instanceof MidadError && error.code === 'not_found') return null
      throw error
    }
  }

  const check = (article: Article): Finding[] =>
    checkArticle({ meta: article.meta, body: article.body, settings: settings.get(), articleExists: (id) => articles.exists(id) })

  return {
    dbPath,
    mediaDir,
    listArticles: (filter) => {
      const all = articles.list()
      return filter?.status ? all.filter((summary) => summary.status === filter.status) : all
    },
    createArticle: (meta, body) => articles.create(meta, body),
    getArticle: (id) => articles.get(articleId(id)),
    saveArticle: (input) => articles.save({ ...input, id: articleId(input.id) }),
    deleteArticle: (id) => articles.remove(articleId(id)),
    setArticleStatus: (id, status) => articles.setStatus(articleId(id), status),
    articleStatusHistory: (id) => articles.statusHistory(articleId(id)),
    articlePublishedAt: (id) => articles.publishedAt(articleId(id)),
    addImage: (fileName, bytes) => images.add(fileName, bytes),
    mediaFilePath: (mediaId) => images.filePath(mediaId),
    checkArticle: (id) => check(articles.get(articleId(id))),
    assertPublishable: (id) => refuseUnpublishable(check(articles.get(articleId(id)))),
    // The export follows the newsroom's site settings (addresses, publisher)
    // and writes dates in its digits, with its Hijri twin if set; pictures go
    // through the sharp pipeline (web renditions, lead crops, cached).
    exportArticle: async (id, outDir, format, exportOptions) => {
      const article = articles.get(articleId(id))
      const draft = exportOptions?.draft === true
      if (!draft) refuseUnpublishable(check(article))
      const written = await writeArticleExport(article, outDir, {
        publishedAt: draft ? null : articles.publishedAt(id),
        settings: settings.get(),
        articles: (linkedId) => findArticle(linkedId),
        mediaFilePath: images.filePath,
        cacheDir: renditionCache,
        preparePictures: prepareExportPictures
      }, format)
      // Housekeeping: the export is written whatever happens here.
      await pruneRenditionCache(renditionCache, { budgetBytes: options.renditionCacheBytes }).catch((error: unknown) =>
        log.warn('the rendition cache could not be pruned', { cache: renditionCache, error })
      )
      return written
    },
    // Pictures are stored before the article exists: a failure there (other
    // than a picture the store refuses, whose figure then waits) creates no
    // article. Pictures stored before such a failure stay unreferenced in the
    // content-addressed store, as a picture inserted and then deleted does.
    importArticle: async (fileName, bytes, { signal } = {}) => {
      const imported = await importOffThread(fileName, bytes, { ...options.importLimits, signal })
      const body = await storeImportedPictures(imported, images.add)
      // Cancelled while its pictures were stored: still no article.
      if (signal?.aborted) throw new MidadError('cancelled')
      return { ...articles.create(imported.meta, body), unkept: imported.unkept ?? nothingUnkept() }
    },
    listSections: () => sections.list(),
    saveSections: (names) => sections.save(names),
    getSettings: () => settings.get(),
    saveSettings: (next) => settings.save(next),
    close: () => {
      if (db.open) db.close()
    }
  }
}
