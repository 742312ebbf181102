import { randomBytes } from 'node:crypto'
import { copyFile, lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { Article } from '../../../shared/article/article'
import { focalPointOf } from '../../../shared/article/lead-image-crop'
import { MidadError } from '../../../shared/contract/errors'
import type { NewsroomSettings } from '../../../shared/settings/newsroom-settings'
import { articleFigures } from './article-figures'
import type { ExportFile } from './export-pictures'
import { documentsOf, exportedDocuments, type ExportFormat } from './export-format'
import { isExportedImagePath, isSafeMediaId } from './media-id'
import { writePageFonts } from './page-font-files'
import type { PrepareExportPictures } from './prepare-pictures'
import type { ArticleLookup } from './publication-context'
import { renderPublication } from './render-publication'
import { articleAsPublished } from './published-article'
import type { Log } from '../log/log'


export interface ExportSources {
  settings: NewsroomSettings
  /** Other articles of the library, for internal links and related articles. */
  articles: ArticleLookup
  mediaFilePath: (mediaId: string) => string
  /** Where the picture preparer may cache renditions between exports. */
  cacheDir: string
  preparePictures: PrepareExportPictures
  /** When the article was published; absent or null, the export is a draft (PublicationContext.publishedAt). */
  publishedAt?: string | null
  /** Told of housekeeping that failed (a staging folder left behind). */
  log?: Log
}

// The folders an export writes beside its documents: pictures, and the page's fonts.
const exportedFolders = ['images', 'fonts']

/**
 * An existing folder is replaced only when it holds nothing but an earlier
 * export (its documents, images/ and fonts/), so pointing the export at a folder full
 * of other work can never delete that work.
 */
async function assertReplaceable(folder: string): Promise<boolean> {
  let entries: string[]
  try {
    const info = await lstat(folder)
    if (!info.isDirectory()) throw new MidadError('export_folder_not_empty', { folder })
    entries = await readdir(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
  for (const entry of entries) {
    if ((exportedDocuments as readonly string[]).includes(entry) && (await lstat(join(folder, entry))).isFile()) continue
    if (exportedFolders.includes(entry) && (await lstat(join(folder, entry))).isDirectory()) {
      const inside = await readdir(join(folder, entry), { withFileTypes: true })
      if (inside.every((item) => item.isFile())) continue
    }
    throw new MidadError('export_folder_not_empty', { folder })
  }
  return true
}

async function copyPicture(file: ExportFile, staging: string): Promise<void> {
  try {
    await copyFile(file.source, join(staging, file.path))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new MidadError('export_image_missing', { mediaId: file.path.slice('images/'.length) })
    }
    throw error
  }
}

/** The pictures the article shows, each once: body figures and the lead image. */
function shownMediaIds(article: Article): string[] {
  const shown = articleFigures(article.body).map((figure) => figure.mediaId)
  if (article.meta.leadImage) shown.push(article.meta.leadImage.mediaId)
  return [...new Set(shown)].sort()
}

/**
 * Writes the article's publishable folder: index.html, fragment.html and
 * ninjs.json (or the one the format asks for), every picture they show
 * under images/ and the page's fonts under fonts/. The folder is built
 * beside the target and renamed into place, so a failed export leaves the
 * previous folder (or none), never a half page. Returns the folder and the
 * files written, relative to it.
 */
export async function writeArticleExport(
  stored: Article,
  folder: string,
  sources: ExportSources,
  format: ExportFormat = 'all'
): Promise<{ folder: string; files: string[] }> {
  // The pictures copied are those the published text shows: a figure only suggested is not among them.
  const article = articleAsPublished(stored)
  const target = resolve(folder)
  const parent = dirname(target)
  const scratchSuffix = `${process.pid}-${randomBytes(4).toString('hex')}`
  const staging = join(parent, `.${basename(target)}.midad-export-${scratchSuffix}`)
  const previous = join(parent, `.${basename(target)}.midad-previous-${scratchSuffix}`)

  try {
    const mediaIds = shownMediaIds(article)
    // A forged picture id never reaches the file system.
    const unsafe = mediaIds.find((id) => !isSafeMediaId(id))
    if (unsafe !== undefined) throw new MidadError('export_image_missing', { mediaId: unsafe })
    const replacing = await assertReplaceable(target)

    const leadId = article.meta.leadImage?.mediaId ?? articleFigures(article.body)[0]?.mediaId
    const { pictures, files: pictureFiles } = await sources.preparePictures({
      mediaFilePath: sources.mediaFilePath,
      cacheDir: sources.cacheDir,
      mediaIds,
      // The crops keep the focal point the journalist set on the lead image (centre otherwise).
      lead: leadId ? { mediaId: leadId, focus: focalPointOf(article.meta.leadImage?.mediaId === leadId ? article.meta.leadImage.focus : null) } : null
    })
    const copies = [...new Map(pictureFiles.map((file) => [file.path, file])).values()].sort((a, b) => a.path.localeCompare(b.path))
    const outside = copies.find((file) => !isExportedImagePath(file.path))
    if (outside) throw new MidadError('export_failed', { detail: `a picture file would be written outside images/: ${outside.path}` })

    const { page, fragment, ninjs } = renderPublication(article, {
      settings: sources.settings,
      pictures,
      articles: sources.articles,
      publishedAt: sources.publishedAt ?? null
    })
    const contents = { 'index.html': page, 'fragment.html': fragment, 'ninjs.json': ninjs }
    const documents = documentsOf(format)

    await mkdir(parent, { recursive: true })
    await mkdir(staging)
    for (const name of documents) await writeFile(join(staging, name), contents[name])
    if (copies.length > 0) await mkdir(join(staging, 'images'))
    for (const file of copies) await copyPicture(file, staging)
    // The page carries its typefaces; the fragment and ninjs go to systems with their own.
    const fonts = documents.includes('index.html') ? await writePageFonts(staging, sources.settings) : []

    if (replacing) await rename(target, previous)
    try {
      await rename(staging, target)
    } catch (error) {
      if (replacing) await rename(previous, target)
      throw error
    }
    if (replacing) await rm(previous, { recursive: true, force: true })
    return { folder: target, files: [...documents, ...copies.map((file) => file.path), ...fonts] }
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch((cleanup: unknown) =>
      sources.log?.warn('a failed export left its staging folder behind', { staging, error: cleanup })
    )
    if (error instanceof MidadError) throw error
    throw new MidadError('export_failed', { detail: (error as Error).message }, (error as Error).message)
  }
}
