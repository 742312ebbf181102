import {
  LEAD_CROP_WIDTH,
  MIN_LEAD_CROP_PIXELS,
  leadCropRegion,
  leadCropShapes,
  type FocalPoint,
  type PictureSize,
  type Region
} from '../../../../shared/article/lead-image-crop'
import type { CropRatio } from '../../export/export-pictures'

// What to encode for a picture, decided from its upright size alone, so the
// plan (and every file name) is known before a single pixel is decoded.

export type { FocalPoint, PictureSize }

/** The widths a page's srcset offers, from a phone to a large link preview (docs/publishing.md). */
export const RENDITION_WIDTHS = [480, 800, 1200, 1600] as const

const CROP_WIDTH = LEAD_CROP_WIDTH

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

/**
 * The size a picture is decoded at once for all its files: halved (up to
 * three times, as far as JPEG can decode straight to a smaller size) while it
 * stays at least as wide as the widest rendition and its short side at least
 * as long as a crop is wide, so no file is ever made by enlarging it. It
 * depends on the picture alone, never on which files are wanted, so the same
 * file always comes out with the same bytes.
 */
export function workingSize(picture: PictureSize): PictureSize {
  const widest = Math.min(picture.width, Math.max(...RENDITION_WIDTHS))
  const shortSide = Math.min(picture.width, picture.height)
  const cropSide = Math.min(shortSide, CROP_WIDTH)
  let factor = 1
  while (factor < 8 && picture.width / (factor * 2) >= widest && shortSide / (factor * 2) >= cropSide) factor *= 2
  return { width: Math.ceil(picture.width / factor), height: Math.ceil(picture.height / factor) }
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
 * The lead crop of the ratio (shared/article/lead-image-crop.ts: the same
 * region the journalist's preview shows), scaled down to CROP_WIDTH
 * (never up). Null when the crop would have fewer than MIN_LEAD_CROP_PIXELS.
 */
export function cropPlan(picture: PictureSize, ratio: CropRatio, focus: FocalPoint): CropPlan | null {
  const { down, across } = leadCropShapes[ratio]
  const { left, top, width: regionWidth, height: regionHeight } = leadCropRegion(picture, ratio, focus)
  const scale = Math.min(1, CROP_WIDTH / regionWidth)
  const scaled = { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) }
  const width = Math.min(Math.round(regionWidth * scale), scaled.width)
  const height = Math.min(Math.round((width * down) / across), scaled.height)
  if (width < 1 || height < 1 || width * height < MIN_LEAD_CROP_PIXELS) return null
  const window = {
    left: clamp(Math.round(left * scale), 0, scaled.width - width),
    top: clamp(Math.round(top * scale), 0, scaled.height - height),
    width,
    height
  }
  return { region: { left, top, width: regionWidth, height: regionHeight }, scaled, window }
}
