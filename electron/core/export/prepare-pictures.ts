import type { ExportFile, ExportPictures } from './export-pictures'

/** What the exporter asks of a picture preparer for one article. */
export interface PrepareExportPicturesOptions {
  /** Absolute path of a stored picture; throws MidadError('not_found') for an unknown id. */
  mediaFilePath: (mediaId: string) => string
  /** Where renditions may be kept between exports. */
  cacheDir: string
  /** Every picture the article shows, each once, all safe file names (media-id.ts). */
  mediaIds: string[]
  /** The picture that stands for the article, and where its subject is (0–1 from the top-start corner). */
  lead: { mediaId: string; focus: { x: number; y: number } } | null
}

/**
 * Makes the pictures an export shows: what the page links (ExportPictures)
 * and the files to copy into the folder. The exporter takes it as a
 * parameter, so the sharp pipeline (electron/core/media/renditions) and the
 * plain originals (original-pictures.ts) are interchangeable.
 */
export type PrepareExportPictures = (
  options: PrepareExportPicturesOptions
) => Promise<{ pictures: ExportPictures; files: ExportFile[] }>
