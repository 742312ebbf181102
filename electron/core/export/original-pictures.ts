import { stat } from 'node:fs/promises'
import sharp from 'sharp'
import { MidadError } from '../../../shared/contract/errors'
import { exportedImagePath } from '../../../shared/schema/figure'
import type { ExportFile, PictureRenditions, RenditionFormat } from './export-pictures'
import type { PrepareExportPictures } from './prepare-pictures'

const renditionFormats: Record<string, RenditionFormat> = { jpeg: 'jpeg', webp: 'webp' }

function storedFile(mediaFilePath: (mediaId: string) => string, mediaId: string): string {
  try {
    return mediaFilePath(mediaId)
  } catch (error) {
    if (error instanceof MidadError && error.code === 'not_found') throw new MidadError('export_image_missing', { mediaId })
    throw error
  }
}

/** The picture's upright size and format from its header, or null when sharp cannot read it. */
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
 * Today's pictures: each stored original is its own only rendition, copied as
 * `images/<mediaId>` (a JPEG or WebP is listed with its real size so the page
 * states width and height; any other format is linked as the file alone). No
 * crops. The sharp pipeline replaces this with web renditions and crops.
 */
export const originalPictures: PrepareExportPictures = async ({ mediaFilePath, mediaIds }) => {
  const pictures = new Map<string, PictureRenditions>()
  const files: ExportFile[] = []
  for (const mediaId of mediaIds) {
    const source = storedFile(mediaFilePath, mediaId)
    try {
      if (!(await stat(source)).isFile()) throw new MidadError('export_image_missing', { mediaId })
    } catch (error) {
      if (error instanceof MidadError) throw error
      throw new MidadError('export_image_missing', { mediaId })
    }
    const path = exportedImagePath(mediaId)
    files.push({ path, source })
    const found = await header(source)
    const format = found ? renditionFormats[found.format] : undefined
    if (found && format) {
      const rendition = { path, width: found.width, height: found.height, format }
      pictures.set(mediaId, {
        mediaId,
        width: found.width,
        height: found.height,
        webp: format === 'webp' ? [rendition] : [],
        jpeg: format === 'jpeg' ? [rendition] : []
      })
    }
  }
  return { pictures: { pictures, leadCrops: null }, files }
}
