import sharp, { type Sharp, type SharpOptions } from 'sharp'
import type { RenditionFormat } from '../../export/export-pictures'
import { MAX_IMAGE_PIXELS } from '../image-format'
import type { CropPlan, PictureSize } from './rendition-plan'

/** What one output file is made of; also the cache key, so everything that changes its bytes is in here. */
export type Recipe =
  | { kind: 'width'; size: PictureSize; format: RenditionFormat }
  | { kind: 'crop'; plan: CropPlan; format: 'jpeg' }

/**
 * The only place pixels are touched. A seam so tests can count how often the
 * export really encodes (a warm cache must not).
 */
export interface PictureEncoder {
  /** The picture's size as shown (EXIF orientation applied); throws if the header is unreadable. */
  measure(input: Buffer): Promise<PictureSize>
  encode(input: Buffer, recipe: Recipe): Promise<Buffer>
}

// Settings that change the bytes; they are part of every cache key.
export const ENCODER_SETTINGS = {
  webp: { quality: 80, effort: 4 },
  jpeg: { quality: 82, progressive: true },
  // The JPEG fallback has no transparency: a transparent PNG goes on white paper.
  paper: '#ffffff',
  libvips: sharp.versions.vips
} as const

// Same limits as at the door (image-format.ts), and a truncated or corrupt
// file fails instead of being encoded with a grey band where the data stopped.
const decoding: SharpOptions = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', autoOrient: true }

function encoded(image: Sharp, format: RenditionFormat): Promise<Buffer> {
  // sharp writes no metadata unless asked (no keepMetadata/withExif here):
  // EXIF with its GPS, XMP, IPTC and comments all stay behind.
  if (format === 'webp') return image.webp(ENCODER_SETTINGS.webp).toBuffer()
  return image.flatten({ background: ENCODER_SETTINGS.paper }).jpeg(ENCODER_SETTINGS.jpeg).toBuffer()
}

export const sharpEncoder: PictureEncoder = {
  async measure(input) {
    const metadata = await sharp(input, decoding).metadata()
    const width = metadata.autoOrient?.width ?? metadata.width
    const height = metadata.autoOrient?.height ?? metadata.height
    if (!width || !height) throw new Error('no dimensions')
    return { width, height }
  },

  encode(input, recipe) {
    if (recipe.kind === 'width') {
      const { width, height } = recipe.size
      return encoded(sharp(input, decoding).resize(width, height, { fit: 'fill' }), recipe.format)
    }
    // Scale the whole picture first and cut after: sharp can then let JPEG
    // decode at a half, quarter or eighth of its size, which a cut made
    // before scaling would forbid.
    const { scaled, window } = recipe.plan
    return encoded(sharp(input, decoding).resize(scaled.width, scaled.height, { fit: 'fill' }).extract(window), recipe.format)
  }
}
