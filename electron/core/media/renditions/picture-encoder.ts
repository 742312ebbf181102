import type { Sharp, SharpOptions } from 'sharp'
import type { RenditionFormat } from '../../export/export-pictures'
import { MAX_IMAGE_PIXELS } from '../image-format'
import { loadSharp } from '../sharp-library'
import type { CropPlan, PictureSize } from './rendition-plan'

/** The pixels one or more output files show: a width of the whole picture, or a crop. */
export type Shape = { kind: 'width'; size: PictureSize } | { kind: 'crop'; plan: CropPlan }

/** What one output file is made of; also its cache key, so everything that changes its bytes is in here. */
export type Recipe = Shape & { format: RenditionFormat }

/** Decoded, upright pixels: the working copy of a picture, or one shape of it ready to encode. */
export interface ShapedPixels {
  data: Buffer
  width: number
  height: number
  channels: 1 | 2 | 3 | 4
}

/**
 * The only place pixels are touched. A seam so tests can count how often the
 * export really decodes and encodes (a warm cache must do neither).
 */
export interface PictureEncoder {
  /** The picture's size as shown (EXIF orientation applied); throws if the header is unreadable. */
  measure(input: Buffer): Promise<PictureSize>
  /** Decodes the picture once, upright, at `size` (rendition-plan's workingSize); every file is made from this. */
  decode(input: Buffer, size: PictureSize): Promise<ShapedPixels>
  /** One shape of the working copy, in the original picture's coordinates; the WebP and the JPEG of a width share it. */
  shape(working: ShapedPixels, shape: Shape): Promise<ShapedPixels>
  encode(pixels: ShapedPixels, format: RenditionFormat): Promise<Buffer>
}

// Settings that change the bytes.
export const ENCODER_SETTINGS = {
  webp: { quality: 80, effort: 4 },
  jpeg: { quality: 82, progressive: true },
  // The JPEG fallback has no transparency: a transparent PNG goes on white paper.
  paper: '#ffffff'
} as const

/** Everything that changes the bytes, the libvips version included: part of every cache key. */
export async function encoderSettings(): Promise<typeof ENCODER_SETTINGS & { libvips: string }> {
  const sharp = await loadSharp()
  return { ...ENCODER_SETTINGS, libvips: sharp.versions.vips }
}

// Same limits as at the door (image-format.ts), and a truncated or corrupt
// file fails instead of being encoded with a grey band where the data stopped.
const decoding: SharpOptions = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', autoOrient: true }

const rawOf = ({ width, height, channels }: ShapedPixels) => ({ width, height, channels })

async function pixelsOf(image: Sharp): Promise<ShapedPixels> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height, channels: info.channels }
}

export const sharpEncoder: PictureEncoder = {
  async measure(input) {
    const sharp = await loadSharp()
    const metadata = await sharp(input, decoding).metadata()
    const width = metadata.autoOrient?.width ?? metadata.width
    const height = metadata.autoOrient?.height ?? metadata.height
    if (!width || !height) throw new Error('no dimensions')
    return { width, height }
  },

  async decode(input, size) {
    const sharp = await loadSharp()
    // fit 'fill' with the picture's own proportions; sharp lets JPEG decode
    // straight at a half, quarter or eighth of its size.
    return pixelsOf(sharp(input, decoding).resize(size.width, size.height, { fit: 'fill' }))
  },

  async shape(working, shape) {
    const sharp = await loadSharp()
    const image = sharp(working.data, { raw: rawOf(working) })
    if (shape.kind === 'width') {
      image.resize(shape.size.width, shape.size.height, { fit: 'fill' })
    } else {
      // Scale the whole picture and cut after, in the coordinates the plan was made in.
      image.resize(shape.plan.scaled.width, shape.plan.scaled.height, { fit: 'fill' }).extract(shape.plan.window)
    }
    return pixelsOf(image)
  },

  async encode(pixels, format) {
    const sharp = await loadSharp()
    const image = sharp(pixels.data, { raw: rawOf(pixels) })
    // Nothing here asks sharp to keep metadata (no keepMetadata/withExif), and
    // raw pixels have none to keep: EXIF with its GPS position, XMP, IPTC and
    // comments all stay behind.
    if (format === 'webp') return image.webp(ENCODER_SETTINGS.webp).toBuffer()
    return image.flatten({ background: ENCODER_SETTINGS.paper }).jpeg(ENCODER_SETTINGS.jpeg).toBuffer()
  }
}
