import type { Article } from '../../../shared/article/article'
import type { NewsroomSettings } from '../../../shared/settings/newsroom-settings'
import { articleFigures } from '../export/article-figures'
import { escapeAttribute } from '../export/html-escape'
import { isExportedImagePath, isSafeMediaId } from '../export/media-id'
import type { ArticleLookup } from '../export/publication-context'
import { renderPublication } from '../export/render-publication'
import { previewPictures } from './preview-pictures'

export interface PreviewSources {
  settings: NewsroomSettings
  articles: ArticleLookup
  mediaFilePath: (mediaId: string) => string
  /** How the app's own window loads a stored picture (midad-media: in Electron, /media/ in the host). */
  mediaUrl: (mediaId: string) => string
  /** When the article was published; null shows it as the draft its export would be. */
  publishedAt: string | null
}

// Only the attributes the renderer writes picture paths into; text and
// metadata that merely mention `images/…` stay as the export has them.
const pictureAttribute = /\b(src|srcset)="([^"]*)"/g

function pointAtStoredPictures(page: string, mediaUrl: (mediaId: string) => string): string {
  return page.replace(pictureAttribute, (whole, name: string, value: string) => {
    const candidates = value.split(',').map((candidate) => {
      const [path = '', ...descriptor] = candidate.trim().split(/\s+/)
      if (!isExportedImagePath(path)) return candidate.trim()
      return [escapeAttribute(mediaUrl(path.slice('images/'.length))), ...descriptor].join(' ')
    })
    return `${name}="${candidates.join(', ')}"`
  })
}

/**
 * The article's page exactly as the export writes index.html (same renderer,
 * head, CSS and allow-list), except that its pictures are the app's stored
 * originals at the app's own media address: the preview never waits for the
 * sharp pipeline, and the page still cannot reach anything the app's window
 * could not already show.
 */
export async function renderPreviewPage(article: Article, sources: PreviewSources): Promise<string> {
  const mediaIds = articleFigures(article.body).map((figure) => figure.mediaId)
  if (article.meta.leadImage) mediaIds.push(article.meta.leadImage.mediaId)
  const shown = [...new Set(mediaIds)].filter(isSafeMediaId).sort()
  // No cache and no crops: the structured-data crops are the export's business.
  const { pictures } = await previewPictures({ mediaFilePath: sources.mediaFilePath, cacheDir: '', mediaIds: shown, lead: null })
  const { page } = renderPublication(article, { settings: sources.settings, pictures, articles: sources.articles, publishedAt: sources.publishedAt })
  return pointAtStoredPictures(page, sources.mediaUrl)
}
