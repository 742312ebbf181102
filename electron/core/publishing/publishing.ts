import { vouchesForText } from '../../../shared/article/status'
import { join } from 'node:path'
import type { Article } from '../../../shared/article/article'
import type { Finding } from '../../../shared/prepublish/finding'
import type { Articles } from '../articles/articles'
import { articleExportFolder } from '../export/article-export-folder'
import { writeArticleExport } from '../export/export-article'
import type { ExportFormat } from '../export/export-format'
import type { MediaLibrary } from '../media/media-library'
import { prepareExportPictures, pruneRenditionCache } from '../media/renditions'
import type { Newsroom } from '../newsroom/newsroom'
import type { Log } from '../log/log'
import { checkArticle } from '../prepublish/check-article'
import { refuseUnpublishable } from '../prepublish/publishable'
import { renderPreviewPage } from '../preview/preview-page'
import { suggestionsLeftOut } from '../export/published-article'
import type { ExportNotice } from '../../../shared/publishing/export-notice'

export interface ExportOptions {
  /**
   * A draft to read or pass round, never to publish: written even while the
   * pre-publish check finds errors, kept out of search engines (noindex),
   * without a publish date, marked «مسودة لم تُنشر» above the article and
   * withheld in ninjs.
   */
  draft?: boolean
}

export interface ExportedArticle {
  folder: string
  files: string[]
  /** What the reader of a draft export should know about it; absent when there is nothing to say. */
  notices?: ExportNotice[]
}

/** Getting an article out of the newsroom: the pre-publish check, the export and its preview. */
export interface Publishing {
  /** The pre-publish check of the stored article: errors first, then warnings. */
  checkArticle(id: string): Finding[] // throws MidadError('not_found')
  /** Throws MidadError('export_blocked_by_check') while the check finds errors. */
  assertPublishable(id: string): void
  // index.html, fragment.html, ninjs.json (or the format's one), images/ into exactly `folder`; refused, writing nothing, while the check finds errors.
  // Dated by its publication; an article not published, or any exported with `draft`, is a draft (noindex, no publish date).
  exportArticle(id: string, folder: string, format?: ExportFormat, options?: ExportOptions): Promise<ExportedArticle>
  /**
   * The same export into `<exports>/<article id>/`: every shell lays exports
   * out alike, so a batch from any of them is found the same way, an export
   * never mixes its files with another article's, and a link between two
   * exported articles (`../<id>/`) reaches its sibling folder.
   */
  exportArticleInto(id: string, exports: string, format?: ExportFormat, options?: ExportOptions): Promise<ExportedArticle>
  /** The article's page as the export would write it, its pictures at the address the shell's window loads them from. */
  previewArticle(id: string, mediaUrl: (mediaId: string) => string): Promise<string>
}

export interface PublishingOptions {
  /** Where picture renditions are kept between exports. */
  renditionCache: string
  /** Room the rendition cache may take. */
  renditionCacheBytes?: number
  /** Where housekeeping that fails (a cache prune) is noted. */
  log?: Log
  /** The revision the article was last approved at, or null: an approval that lapsed is approved again before publishing. */
  approvedRevision?: (id: string) => string | null
  /** The article's comment threads nobody has resolved (a warning of the check). */
  openThreads?: (id: string) => readonly string[]
}

export function createPublishing(
  articles: Articles,
  articleExists: (id: string) => boolean,
  media: MediaLibrary,
  newsroom: Pick<Newsroom, 'getSettings'>,
  options: PublishingOptions
): Publishing {
  const { renditionCache } = options
  const check = (article: Article): Finding[] =>
    checkArticle({
      meta: article.meta,
      body: article.body,
      settings: newsroom.getSettings(),
      articleExists,
      approvalLapsed: !vouchesForText(article.status) && (options.approvedRevision?.(article.id) ?? null) !== null,
      openThreads: options.openThreads?.(article.id) ?? []
    })

  // The export follows the newsroom's site settings (addresses, publisher)
  // and writes dates in its digits, with its Hijri twin if set; pictures go
  // through the sharp pipeline (web renditions, lead crops, cached).
  const exportArticle: Publishing['exportArticle'] = async (id, folder, format, exportOptions) => {
    const article = articles.getArticle(id)
    const draft = exportOptions?.draft === true
    if (!draft) refuseUnpublishable(check(article))
    const written = await writeArticleExport(article, folder, {
      publishedAt: draft ? null : articles.articlePublishedAt(article.id),
      settings: newsroom.getSettings(),
      articles: (linkedId) => articles.findArticle(linkedId),
      mediaFilePath: media.mediaFilePath,
      cacheDir: renditionCache,
      log: options.log,
      preparePictures: prepareExportPictures
    }, format)
    // Housekeeping: the export is written whatever happens here.
    await pruneRenditionCache(renditionCache, { budgetBytes: options.renditionCacheBytes }).catch((error: unknown) =>
      options.log?.warn('the rendition cache could not be pruned', { cache: renditionCache, error })
    )
    // Publishing refuses while suggestions wait; a draft shows the text without them, and says so.
    const leftOut = draft ? suggestionsLeftOut(article) : 0
    return leftOut > 0 ? { ...written, notices: [{ code: 'suggestions_left_out', count: leftOut }] } : written
  }

  return {
    checkArticle: (id) => check(articles.getArticle(id)),
    assertPublishable: (id) => refuseUnpublishable(check(articles.getArticle(id))),
    exportArticle,
    exportArticleInto: (id, exports, format, exportOptions) =>
      exportArticle(id, articleExportFolder(exports, articles.getArticle(id)), format, exportOptions),
    previewArticle: (id, mediaUrl) => {
      const article = articles.getArticle(id)
      return renderPreviewPage(article, {
        settings: newsroom.getSettings(),
        articles: (linkedId) => articles.findArticle(linkedId),
        mediaFilePath: media.mediaFilePath,
        mediaUrl,
        publishedAt: articles.articlePublishedAt(article.id)
      })
    }
  }
}

/** The rendition cache beside the database: it can always be thrown away. */
export const renditionCacheBeside = (dbDir: string): string => join(dbDir, 'cache', 'renditions')
