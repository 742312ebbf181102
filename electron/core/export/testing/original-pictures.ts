import { stat } from 'node:fs/promises'
import { MidadError } from '../../../../shared/contract/errors'
import { exportedImagePath } from '../../../../shared/schema/figure'
import type { ExportFile, PictureRenditions } from '../export-pictures'
import { originalAsRendition } from '../original-rendition'
import type { PrepareExportPictures } from '../prepare-pictures'

function storedFile(mediaFilePath: (mediaId: string) => string, mediaId: string): string {
  try {
    return mediaFilePath(mediaId)
  } catch (error) {
    if (error instanceof MidadError && error.code === 'not_found') throw new MidadError('export_image_missing', { mediaId })
    throw error
  }
}

/**
 * Plain originals: each stored picture is its own only rendition, copied as
 * `images/<mediaId>`; no crops. The export tests use it to check the page
 * apart from the sharp pipeline, which the app uses.
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
    files.push({ path: exportedImagePath(mediaId), source })
    const original = await originalAsRendition(mediaId, source)
    if (original) pictures.set(mediaId, original)
  }
  return { pictures: { pictures, leadCrops: null }, files }
}
