import { MidadError } from '../contract/errors'

/**
 * The outside of a `.midad` file, the same for every format version:
 *
 *   magic (8 bytes) · format version (u16) · body length (u32) · body · signature (64 bytes)
 *
 * All numbers big-endian. The signature is the sending device's Ed25519
 * signature of everything before it. Reading the outside alone tells a file
 * that is not a bundle, one cut short, one too large and one from a newer
 * format apart, before any of its body is trusted.
 */

/** 0x89 keeps text tools from taking the file for text; CR LF shows a file mangled by a line-ending conversion. */
export const BUNDLE_MAGIC = Uint8Array.of(0x89, 0x4d, 0x49, 0x44, 0x41, 0x44, 0x0d, 0x0a)
/** The format this build writes and the newest it reads. */
export const BUNDLE_FORMAT = 1
export const BUNDLE_HEAD_BYTES = BUNDLE_MAGIC.length + 2 + 4
export const SIGNATURE_BYTES = 64

export interface BundleFrame {
  version: number
  body: Uint8Array
  /** What the signature is of. */
  signed: Uint8Array
  signature: Uint8Array
}

const startsWithMagic = (bytes: Uint8Array): boolean => bytes.length >= BUNDLE_MAGIC.length && BUNDLE_MAGIC.every((byte, i) => bytes[i] === byte)

/**
 * The checks that need only the first bytes and the file's size, in the order
 * a journalist should hear of them: not a bundle, cut short, too large, too new.
 */
export function checkBundleHead(head: Uint8Array, size: number, limit: number): { version: number; bodyLength: number } {
  if (!startsWithMagic(head)) throw new MidadError('bundle_not_midad')
  if (head.length < BUNDLE_HEAD_BYTES || size < BUNDLE_HEAD_BYTES) throw new MidadError('bundle_truncated')
  const view = new DataView(head.buffer, head.byteOffset, BUNDLE_HEAD_BYTES)
  const version = view.getUint16(BUNDLE_MAGIC.length)
  const bodyLength = view.getUint32(BUNDLE_MAGIC.length + 2)
  if (version === 0) throw new MidadError('bundle_not_midad', undefined, 'format 0')
  if (size < BUNDLE_HEAD_BYTES + bodyLength + SIGNATURE_BYTES) throw new MidadError('bundle_truncated')
  if (size > limit) throw new MidadError('bundle_too_large', { limit: readableSize(limit) })
  if (version > BUNDLE_FORMAT) throw new MidadError('bundle_too_new', { version })
  return { version, bodyLength }
}

const readableSize = (bytes: number): string => (bytes >= 1024 * 1024 ? `${Math.floor(bytes / (1024 * 1024))} MB` : `${Math.max(1, Math.floor(bytes / 1024))} KB`)

/** Splits a whole file into its parts, after the checks of its head. */
export function readBundleFrame(bytes: Uint8Array, limit: number): BundleFrame {
  const { version, bodyLength } = checkBundleHead(bytes.subarray(0, BUNDLE_HEAD_BYTES), bytes.length, limit)
  const signedEnd = BUNDLE_HEAD_BYTES + bodyLength
  // Bytes after the signature were added after signing: the file is not as it was sent.
  if (bytes.length !== signedEnd + SIGNATURE_BYTES) throw new MidadError('bundle_tampered', undefined, 'bytes after the signature')
  return {
    version,
    body: bytes.subarray(BUNDLE_HEAD_BYTES, signedEnd),
    signed: bytes.subarray(0, signedEnd),
    signature: bytes.subarray(signedEnd)
  }
}

/** The head and body to sign; `sealBundle` appends the signature. */
export function bundleToSign(body: Uint8Array, version = BUNDLE_FORMAT): Uint8Array {
  const out = new Uint8Array(BUNDLE_HEAD_BYTES + body.length)
  out.set(BUNDLE_MAGIC)
  const view = new DataView(out.buffer)
  view.setUint16(BUNDLE_MAGIC.length, version)
  view.setUint32(BUNDLE_MAGIC.length + 2, body.length)
  out.set(body, BUNDLE_HEAD_BYTES)
  return out
}

export function sealBundle(signed: Uint8Array, signature: Uint8Array): Uint8Array {
  if (signature.length !== SIGNATURE_BYTES) throw new Error('an Ed25519 signature is 64 bytes')
  const out = new Uint8Array(signed.length + SIGNATURE_BYTES)
  out.set(signed)
  out.set(signature, signed.length)
  return out
}
