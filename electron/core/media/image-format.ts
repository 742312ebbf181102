import type { Metadata } from 'sharp'
import { MidadError } from '../../../shared/contract/errors'
import { MAX_IMAGE_BYTES } from '../../../shared/contract/operations'
import type { ImageExtension } from '../../../shared/contract/media-id'
import { loadSharp } from './sharp-library'

/** Beyond this a picture is a decompression bomb, not a news photo (~100 MP). */
export const MAX_IMAGE_PIXELS = 100_000_000

export interface ImageFacts {
  ext: ImageExtension
  mimeType: string
  width: number
  height: number
}

// Raster formats a page can show. SVG is refused on purpose: it can carry
// script into an exported page. sharp reports AVIF as HEIF compressed with AV1.
function formatOf(format: string | undefined, compression: string | undefined): Pick<ImageFacts, 'ext' | 'mimeType'> | null {
  switch (format) {
    case 'jpeg': return { ext: 'jpg', mimeType: 'image/jpeg' }
    case 'png': return { ext: 'png', mimeType: 'image/png' }
    case 'webp': return { ext: 'webp', mimeType: 'image/webp' }
    case 'gif': return { ext: 'gif', mimeType: 'image/gif' }
    case 'heif': return compression === 'av1' ? { ext: 'avif', mimeType: 'image/avif' } : null
    default: return null
  }
}

function refusal(fileName: string, error: unknown): MidadError {
  const detail = error instanceof Error ? error.message : String(error)
  // Too many pixels to decode safely is "too large", even if the file is small.
  if (/pixel limit/i.test(detail)) {
    return new MidadError('image_too_large', { fileName, limitMb: MAX_IMAGE_BYTES / (1024 * 1024) }, detail)
  }
  return new MidadError('image_not_image', { fileName }, detail)
}

/**
 * What a file really is, judged from its bytes (never its name), and only if
 * it decodes to the end: a truncated or corrupt picture is refused here rather
 * than discovered broken on the published page.
 */
export async function identifyImage(fileName: string, bytes: Uint8Array): Promise<ImageFacts> {
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' as const }
  const sharp = await loadSharp()
  let metadata: Metadata
  try {
    metadata = await sharp(bytes, options).metadata()
  } catch (error) {
    throw refusal(fileName, error)
  }
  const kind = formatOf(metadata.format, metadata.compression)
  if (!kind) throw refusal(fileName, `format ${String(metadata.format)}`)
  try {
    // Reading every pixel (of every frame) is the only honest test of "not broken".
    await sharp(bytes, { ...options, animated: true }).stats()
  } catch (error) {
    throw refusal(fileName, error)
  }
  // Width and height as the picture is shown: EXIF rotation applied, and one
  // frame of an animation rather than the whole strip.
  const width = metadata.autoOrient?.width ?? metadata.width
  const pageHeight = (metadata.pages ?? 1) > 1 ? metadata.pageHeight : undefined
  const height = pageHeight ?? metadata.autoOrient?.height ?? metadata.height
  if (!width || !height) throw refusal(fileName, 'no dimensions')
  return { ...kind, width, height }
}
