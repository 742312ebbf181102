// The contract between the picture pipeline (electron/core/media/renditions,
// sharp) and the page renderer: what the renderer needs to write <img srcset>
// and structured-data images, and which files the exporter copies into the
// folder. The renderer never touches sharp; the pipeline never writes HTML.

export type RenditionFormat = 'webp' | 'jpeg'

/** One encoded size of a picture, as the exported page links it. */
export interface Rendition {
  /** Path inside the export folder, e.g. `images/<stem>-800w.webp`. */
  path: string
  width: number
  height: number
  format: RenditionFormat
}

/** Everything the page needs to show one picture responsively. */
export interface PictureRenditions {
  mediaId: string
  /** The picture's own size, upright (after EXIF orientation). */
  width: number
  height: number
  /** Ascending widths, never wider than the picture. */
  webp: Rendition[]
  /** Same widths as `webp`: the fallback for browsers without WebP, and `<img src>`. */
  jpeg: Rendition[]
}

export const cropRatios = ['16x9', '4x3', '1x1'] as const
export type CropRatio = (typeof cropRatios)[number]

/** The lead image cut to the ratios structured data recommends, around its focal point. */
export interface LeadImageCrops {
  mediaId: string
  crops: Record<CropRatio, Rendition>
}

/** What the renderer receives for one article. */
export interface ExportPictures {
  /** By media id; a figure whose picture is missing here is rendered without srcset. */
  pictures: ReadonlyMap<string, PictureRenditions>
  leadCrops: LeadImageCrops | null
}

/** A file the exporter copies into the folder: `path` inside it, from `source` (absolute). */
export interface ExportFile {
  path: string
  source: string
}
