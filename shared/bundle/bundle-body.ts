import { MidadError } from '../contract/errors'

/**
 * The body of a format-1 bundle, inside the signed frame (bundle-frame.ts):
 *
 *   device id (u8 length · UTF-8) · public key (u8 length · SPKI DER)
 *   packed length (u32) · packed · pictures
 *
 * `packed` is the compressed manifest and document states (core compresses
 * and decompresses it); `pictures` are the picture files as they are,
 * already compressed by their own format, one after another.
 *
 * Once decompressed, the packed part is: manifest length (u32) · manifest
 * (JSON, UTF-8) · states, one after another. The manifest names each state
 * and picture by where it starts and how long it is.
 */
export interface BundleBody {
  deviceId: string
  publicKey: Uint8Array
  packed: Uint8Array
  pictures: Uint8Array
}

/** Where a part lies in its section. */
export interface BundlePart {
  at: number
  length: number
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

export function writeBundleBody(body: BundleBody): Uint8Array {
  const device = encoder.encode(body.deviceId)
  if (device.length > 255 || body.publicKey.length > 255) throw new Error('device id or key too long')
  const out = new Uint8Array(1 + device.length + 1 + body.publicKey.length + 4 + body.packed.length + body.pictures.length)
  const view = new DataView(out.buffer)
  let at = 0
  out[at++] = device.length
  out.set(device, at)
  at += device.length
  out[at++] = body.publicKey.length
  out.set(body.publicKey, at)
  at += body.publicKey.length
  view.setUint32(at, body.packed.length)
  at += 4
  out.set(body.packed, at)
  out.set(body.pictures, at + body.packed.length)
  return out
}

const malformed = (detail: string) => new MidadError('bundle_invalid_content', { detail }, detail)

/** The parts of a signed body; `bundle_invalid_content` when its lengths do not fit (a signed file cannot be cut short by accident). */
export function readBundleBody(body: Uint8Array): BundleBody {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength)
  let at = 0
  const take = (length: number): Uint8Array => {
    if (at + length > body.length) throw malformed('body lengths')
    const part = body.subarray(at, at + length)
    at += length
    return part
  }
  const byte = () => take(1)[0]!
  let deviceId: string
  try {
    deviceId = decoder.decode(take(byte()))
  } catch {
    throw malformed('device id')
  }
  const publicKey = take(byte())
  if (at + 4 > body.length) throw malformed('body lengths')
  const packedLength = view.getUint32(at)
  at += 4
  const packed = take(packedLength)
  return { deviceId, publicKey, packed, pictures: body.subarray(at) }
}

/** Manifest and states, before compression. */
export function packParts(manifest: string, states: Uint8Array): Uint8Array {
  const json = encoder.encode(manifest)
  const out = new Uint8Array(4 + json.length + states.length)
  new DataView(out.buffer).setUint32(0, json.length)
  out.set(json, 4)
  out.set(states, 4 + json.length)
  return out
}

export function unpackParts(unpacked: Uint8Array): { manifest: unknown; states: Uint8Array } {
  if (unpacked.length < 4) throw malformed('manifest')
  const length = new DataView(unpacked.buffer, unpacked.byteOffset, unpacked.byteLength).getUint32(0)
  if (4 + length > unpacked.length) throw malformed('manifest')
  let manifest: unknown
  try {
    manifest = JSON.parse(decoder.decode(unpacked.subarray(4, 4 + length)))
  } catch {
    throw malformed('manifest')
  }
  return { manifest, states: unpacked.subarray(4 + length) }
}

/** A part of a section, or `bundle_invalid_content` when it lies outside. */
export function partOf(section: Uint8Array, part: BundlePart, what: string): Uint8Array {
  if (part.at + part.length > section.length) throw malformed(`${what} outside the bundle`)
  return section.subarray(part.at, part.at + part.length)
}
