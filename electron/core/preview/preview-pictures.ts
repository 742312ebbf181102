import sharp from 'sharp'
import { exportedImagePath } from '../../../shared/schema/figure'
import type { PictureRenditions, RenditionFormat } from '../export/export-pictures'
import type { PrepareExportPictures } from '../export/prepare-pictures'

const renditionFormats: Record<string, RenditionFormat> = { jpeg: 'jpeg', webp: 'webp' }

/** The picture's upright size and format from its header (no decoding), or null when unreadable. */
async function header(source: string): Promise<{ width: number; height: number; format: string } | null> {
  try {
    const { width, height, format, orientation } = await sharp(source).metadata()
    if (!width || !height || !format) return null
    // EXIF orientations 5–8 turn the picture a quarter: the reader sees it the other way round.
    return (orientation ?? 1) >= 5 ? { width: height, height: width, format } : { width, height, format }
  } catch {
    return null
  }
}

/**
 * The preview's pictures: each stored original stands as its own single
 * rendition, read from its header only, so a preview never waits for the
 * sharp pipeline's encoding. The page links them as `images/<mediaId>` (the
 * only picture paths the export's allow-list keeps); preview-page.ts then
 * points those at the app's stored originals. Nothing is copied anywhere, and
 * a picture missing from the store is shown as the export would show a figure
 * without renditions rather than refusing the whole preview.
 */
export const previewPictures: PrepareExportPictures = async ({ mediaFilePath, mediaIds }) => {
  const pictures = new Map<string, PictureRenditions>()
  for (const mediaId of mediaIds) {
    let source: string
    try {
      source = mediaFilePath(mediaId)
    } catch {
      continue
    }
    const found = await header(source)
    const format = found ? renditionFormats[found.format] : undefined
    if (!found || !format) continue
    const rendition = { path: exportedImagePath(mediaId), width: found.width, height: found.height, format }
    pictures.set(mediaId, {
      mediaId,
      width: found.width,
      height: found.height,
      webp: format === 'webp' ? [rendition] : [],
      jpeg: format === 'jpeg' ? [rendition] : []
    })
  }
  return { pictures: { pictures, leadCrops: null }, files: [] }
}
