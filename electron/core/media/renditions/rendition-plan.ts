import type { CropRatio } from '../../export/export-pictures'

// What to encode for a picture, decided from its upright size alone, so the
// plan (and every file name) is known before a single pixel is decoded.

/** The widths a page's srcset offers; PUBLISHING.md asks for at least these. */
export const RENDITION_WIDTHS = [480, 800, 1200, 1600] as const

/** Wide enough for large link previews (PUBLISHING.md), never wider. */
export const CROP_WIDTH = 1200

/** Below this a crop is not worth offering to structured data (Google's floor). */
export const MIN_CROP_PIXELS = 50_000

export interface PictureSize {
  width: number
  height: number
}

/** A point in the picture as fractions of its width and height; 0.5, 0.5 is the centre. */
export interface FocalPoint {
  x: number
  y: number
}

export const centre: FocalPoint = { x: 0.5, y: 0.5 }

const fraction = (value: number): number => (Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0.5)

/** A focal point inside the picture whatever was stored: out of range is pulled to the edge, nonsense to the centre. */
export const focalPointOf = (focus: FocalPoint | null | undefined): FocalPoint =>
  focus ? { x: fraction(focus.x), y: fraction(focus.y) } : centre

/**
 * Never upscaled: every standard width below the picture's own, then its own
 * width (capped at the largest standard one), so a 300-px picture gets one
 * rendition and a 1000-px picture gets 480, 800 and 1000.
 */
export function renditionSizes(picture: PictureSize): PictureSize[] {
  const largest = Math.max(...RENDITION_WIDTHS)
  const widest = Math.min(picture.width, largest)
  const widths = [...RENDITION_WIDTHS.filter((width) => width < widest), widest]
  return widths.map((width) => ({ width, height: Math.max(1, Math.round((width * picture.height) / picture.width)) }))
}

const ratios: Record<CropRatio, { across: number; down: number }> = {
  '16x9': { across: 16, down: 9 },
  '4x3': { across: 4, down: 3 },
  '1x1': { across: 1, down: 1 }
}

/** A rectangle of the upright picture, in its pixels. */
export interface Region {
  left: number
  top: number
  width: number
  height: number
}

export interface CropPlan {
  /** The part of the upright picture kept, in its own pixels. */
  region: Region
  /**
   * How it is cut: the whole picture scaled to `scaled` (so JPEG can decode at
   * a fraction of its size), then `window` taken from that. `window`'s size
   * is the crop's size.
   */
  scaled: PictureSize
  window: Region
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high)

/**
 * The largest region of the ratio that fits in the picture, centred on the
 * focal point as far as the picture's edges allow, scaled down to CROP_WIDTH
 * (never up). Null when the crop would have fewer than MIN_CROP_PIXELS.
 */
export function cropPlan(picture: PictureSize, ratio: CropRatio, focus: FocalPoint): CropPlan | null {
  const { across, down } = ratios[ratio]
  const fitsHeight = picture.width * down >= picture.height * across
  const regionWidth = fitsHeight ? Math.floor((picture.height * across) / down) : picture.width
  const regionHeight = fitsHeight ? picture.height : Math.floor((picture.width * down) / across)
  const { x, y } = focalPointOf(focus)
  const left = clamp(Math.round(x * picture.width - regionWidth / 2), 0, picture.width - regionWidth)
  const top = clamp(Math.round(y * picture.height - regionHeight / 2), 0, picture.height - regionHeight)

  const scale = Math.min(1, CROP_WIDTH / regionWidth)
  const scaled = { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) }
  const width = Math.min(Math.round(regionWidth * scale), scaled.width)
  const height = Math.min(Math.round((width * down) / across), scaled.height)
  if (width < 1 || height < 1 || width * height < MIN_CROP_PIXELS) return null
  const window = {
    left: clamp(Math.round(left * scale), 0, scaled.width - width),
    top: clamp(Math.round(top * scale), 0, scaled.height - height),
    width,
    height
  }
  return { region: { left, top, width: regionWidth, height: regionHeight }, scaled, window }
}
