import { exportedImagePath } from '../../../shared/schema/figure'
import type { PictureRenditions, RenditionFormat } from './export-pictures'
import { loadSharp } from '../media/sharp-library'

const renditionFormats: Record<string, RenditionFormat> = { jpeg: 'jpeg', webp: 'webp' }

/** The picture's upright size and format from its header (no decoding), or null when sharp cannot read it. */
async function header(source: string): Promise<{ width: number; height: number; format: string } | null> {
  const sharp = await loadSharp()
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
 * A stored original standing as its own only rendition, `images/<mediaId>`,
 * with its real size so the page states width and height. Null for a picture
 * sharp cannot read or a format a `<picture>` does not list (GIF, AVIF):
 * the page then links the file alone.
 */
export async function originalAsRendition(mediaId: string, source: string): Promise<PictureRenditions | null> {
  const found = await header(source)
  const format = found ? renditionFormats[found.format] : undefined
  if (!found || !format) return null
  const rendition = { path: exportedImagePath(mediaId), width: found.width, height: found.height, format }
  return {
    mediaId,
    width: found.width,
    height: found.height,
    webp: format === 'webp' ? [rendition] : [],
    jpeg: format === 'jpeg' ? [rendition] : []
  }
}
