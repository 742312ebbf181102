import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib'
import { MidadError } from '../../../shared/contract/errors'

/**
 * The manifest and every document state are compressed as one stream, so
 * that a revision's state, mostly the same words as the one before, costs
 * little more than its changes: the window is wide enough to hold several
 * 10,000-word states at once.
 */
const WINDOW_BITS = 24
const QUALITY = 9

export function compressParts(parts: Uint8Array): Uint8Array {
  return new Uint8Array(
    brotliCompressSync(parts, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: WINDOW_BITS,
        [constants.BROTLI_PARAM_SIZE_HINT]: parts.length
      }
    })
  )
}

/** Refused as invalid content past `maxBytes`: a small file must not unfold into all the memory there is. */
export function decompressParts(packed: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return new Uint8Array(brotliDecompressSync(packed, { maxOutputLength: maxBytes }))
  } catch (error) {
    const code = (error as { code?: string }).code
    const detail = code === 'ERR_BUFFER_TOO_LARGE' ? 'unpacks too large' : 'not decompressible'
    throw new MidadError('bundle_invalid_content', { detail }, detail)
  }
}
