import type { PictureRenditions } from '../export/export-pictures'
import { originalAsRendition } from '../export/original-rendition'
import type { PrepareExportPictures } from '../export/prepare-pictures'

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
    const original = await originalAsRendition(mediaId, source)
    if (original) pictures.set(mediaId, original)
  }
  return { pictures: { pictures, leadCrops: null }, files: [] }
}
