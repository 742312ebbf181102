// Where the lead image's crops are cut, given its focal point. Shared so the
// previews the journalist sees beside the picture are exactly what the export
// cuts (electron/core/media/renditions).

/** A point in the picture as fractions of its width and height, from its top left; 0.5, 0.5 is the centre. */
export interface FocalPoint {
  x: number
  y: number
}

export const centre: FocalPoint = { x: 0.5, y: 0.5 }

/** The shapes search engines' structured data asks of an article's image (docs/publishing.md). */
export const leadCropShapes = {
  '16x9': { across: 16, down: 9 },
  '4x3': { across: 4, down: 3 },
  '1x1': { across: 1, down: 1 }
} as const
export type LeadCropShape = keyof typeof leadCropShapes

/** Wide enough for large link previews (docs/publishing.md); a crop is never published wider. */
export const LEAD_CROP_WIDTH = 1200

/** Below this a crop is not offered to structured data (Google's floor for article images). */
export const MIN_LEAD_CROP_PIXELS = 50_000

export interface PictureSize {
  width: number
  height: number
}

/** A rectangle of the upright picture, in its pixels. */
export interface Region {
  left: number
  top: number
  width: number
  height: number
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high)
const fraction = (value: number): number => (Number.isFinite(value) ? clamp(value, 0, 1) : 0.5)

/** A focal point inside the picture whatever was stored: out of range is pulled to the edge, nonsense to the centre. */
export const focalPointOf = (focus: FocalPoint | null | undefined): FocalPoint =>
  focus ? { x: fraction(focus.x), y: fraction(focus.y) } : centre

/**
 * The largest region of the shape that fits in the picture, centred on the
 * focal point as far as the picture's edges allow.
 */
export function leadCropRegion(picture: PictureSize, shape: LeadCropShape, focus: FocalPoint | null | undefined): Region {
  const { across, down } = leadCropShapes[shape]
  const fitsHeight = picture.width * down >= picture.height * across
  const width = fitsHeight ? Math.floor((picture.height * across) / down) : picture.width
  const height = fitsHeight ? picture.height : Math.floor((picture.width * down) / across)
  const { x, y } = focalPointOf(focus)
  return {
    left: clamp(Math.round(x * picture.width - width / 2), 0, picture.width - width),
    top: clamp(Math.round(y * picture.height - height / 2), 0, picture.height - height),
    width,
    height
  }
}

/** The size a crop is published at: its region scaled down to LEAD_CROP_WIDTH, never up. */
export function leadCropSize(picture: PictureSize, shape: LeadCropShape): PictureSize {
  const { across, down } = leadCropShapes[shape]
  const region = leadCropRegion(picture, shape, centre)
  const width = Math.min(region.width, LEAD_CROP_WIDTH)
  return { width, height: Math.min(Math.round((width * down) / across), region.height) }
}

/**
 * Whether the picture is big enough for every crop without upscaling. The
 * export makes all three or none (a picture too small for one is too small
 * for structured data's crops at all), and the journalist is told so.
 */
export const leadCropsPossible = (picture: PictureSize): boolean =>
  (Object.keys(leadCropShapes) as LeadCropShape[]).every((shape) => {
    const { width, height } = leadCropSize(picture, shape)
    return width * height >= MIN_LEAD_CROP_PIXELS
  })
