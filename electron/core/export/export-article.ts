import { randomBytes } from 'node:crypto'
import { copyFile, lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { Article } from '../../../shared/article/article'
import { MidadError } from '../../../shared/contract/errors'
import { exportedImagePath } from '../../../shared/schema/figure'
import { articleFigures } from './article-figures'
import { westernDates, type PageDateStyle } from './page-dates'
import { renderArticlePage } from './render-page'

// A media id names a file inside images/: one path segment, no way out of it.
const safeMediaId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

/**
 * An existing folder is replaced only when it holds nothing but an earlier
 * export (index.html and images/), so pointing the export at a folder full of
 * other work can never delete that work.
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
    if (entry === 'index.html' && (await lstat(join(folder, entry))).isFile()) continue
    if (entry === 'images' && (await lstat(join(folder, entry))).isDirectory()) {
      const inside = await readdir(join(folder, entry), { withFileTypes: true })
      if (inside.every((item) => item.isFile())) continue
    }
    throw new MidadError('export_folder_not_empty', { folder })
  }
  return true
}

async function copyImage(mediaFilePath: (mediaId: string) => string, mediaId: string, to: string): Promise<void> {
  try {
    await copyFile(mediaFilePath(mediaId), to)
  } catch (error) {
    const missing =
      (error instanceof MidadError && error.code === 'not_found') ||
      (error as NodeJS.ErrnoException).code === 'ENOENT'
    if (missing) throw new MidadError('export_image_missing', { mediaId })
    throw error
  }
}

/**
 * Writes the article's publishable folder: `index.html` and every picture it
 * shows under `images/`. The folder is built beside the target and renamed
 * into place, so a failed export leaves the previous folder (or none), never a
 * half page. Returns the folder and the files written, relative to it.
 */
export async function writeArticleExport(
  article: Article,
  mediaFilePath: (mediaId: string) => string,
  folder: string,
  dates: PageDateStyle = westernDates
): Promise<{ folder: string; files: string[] }> {
  const target = resolve(folder)
  const parent = dirname(target)
  const scratchSuffix = `${process.pid}-${randomBytes(4).toString('hex')}`
  const staging = join(parent, `.${basename(target)}.midad-export-${scratchSuffix}`)
  const previous = join(parent, `.${basename(target)}.midad-previous-${scratchSuffix}`)

  try {
    const shown = articleFigures(article.body).map((figure) => figure.mediaId)
    if (article.meta.leadImage) shown.push(article.meta.leadImage.mediaId)
    const mediaIds = [...new Set(shown)].sort()
    const unsafe = mediaIds.find((id) => !safeMediaId.test(id))
    if (unsafe !== undefined) throw new MidadError('export_image_missing', { mediaId: unsafe })

    const page = renderArticlePage(article, dates)
    const replacing = await assertReplaceable(target)

    await mkdir(parent, { recursive: true })
    await mkdir(staging)
    await writeFile(join(staging, 'index.html'), page)
    const files = ['index.html']
    if (mediaIds.length > 0) await mkdir(join(staging, 'images'))
    for (const mediaId of mediaIds) {
      await copyImage(mediaFilePath, mediaId, join(staging, exportedImagePath(mediaId)))
      files.push(exportedImagePath(mediaId))
    }

    if (replacing) await rename(target, previous)
    try {
      await rename(staging, target)
    } catch (error) {
      if (replacing) await rename(previous, target)
      throw error
    }
    if (replacing) await rm(previous, { recursive: true, force: true })
    return { folder: target, files }
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined)
    if (error instanceof MidadError) throw error
    throw new MidadError('export_failed', { detail: (error as Error).message }, (error as Error).message)
  }
}
