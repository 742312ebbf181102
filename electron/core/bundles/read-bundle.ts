import { createHash } from 'node:crypto'
import { readBundleFrame } from '../../../shared/bundle/bundle-frame'
import { partOf, readBundleBody, unpackParts, type BundleBody } from '../../../shared/bundle/bundle-body'
import { BundleManifest, tooManyArticles } from '../../../shared/bundle/bundle-manifest'
import { MAX_BUNDLE_ARTICLES } from '../../../shared/bundle/bundle-views'
import { MidadError } from '../../../shared/contract/errors'
import { identifyImage } from '../media/image-format'
import type { ThisDevice } from '../people/people-store'
import type { Arrival, IncomingPicture } from '../travel/incoming'
import { decompressParts } from './bundle-compression'
import { signatureHolds } from './bundle-signing'

/** A bundle whose signature holds and whose manifest and pictures check; its documents are checked by the arrival. */
export interface ReadBundle {
  manifest: BundleManifest
  arrival: Arrival
  /** This desk has merged a bundle from the sending device before, signed with the same key. */
  knownDevice: boolean
  /** The key that signed it (SPKI, DER, base64). */
  publicKey: string
}

export interface BundleReading {
  /** Largest file read (MAX_BUNDLE_BYTES; tests make it small). */
  limit: number
  thisDevice: ThisDevice
  /** The key this desk last saw the device sign with, or null. */
  knownKey(deviceId: string): string | null
  /** Whether the library already has this picture (only missing ones are read for their format). */
  hasPicture(mediaId: string): boolean
}

const invalid = (detail: string) => new MidadError('bundle_invalid_content', { detail }, detail)

/** How much the packed part may unfold to: text packs about tenfold, and a bundle's bulk is pictures, which do not. */
const UNPACKED_PER_BYTE = 4

/**
 * The body of a bundle whose outside checks and whose signature holds: the
 * first five refusals of readBundle, which need no library.
 */
export function signedBody(bytes: Uint8Array, limit: number): BundleBody {
  const frame = readBundleFrame(bytes, limit)
  let body: BundleBody
  try {
    body = readBundleBody(frame.body)
  } catch {
    // A body the writer laid out cannot fail to read: it was changed since.
    throw new MidadError('bundle_tampered', undefined, 'body lengths')
  }
  if (!signatureHolds(frame.signed, frame.signature, body.publicKey)) throw new MidadError('bundle_tampered')
  return body
}

/**
 * Reads a `.midad` file, refusing it with the first thing wrong, in this
 * order: not a bundle, cut short, too large, a newer format, a signature that
 * does not hold, a device known here by another key, content that does not
 * check. Writes nothing.
 */
export async function readBundle(bytes: Uint8Array, reading: BundleReading): Promise<ReadBundle> {
  const body = signedBody(bytes, reading.limit)
  const publicKey = Buffer.from(body.publicKey).toString('base64')
  const knownKey = body.deviceId === reading.thisDevice.deviceId ? reading.thisDevice.publicKey : reading.knownKey(body.deviceId)
  if (knownKey !== null && knownKey !== publicKey) throw new MidadError('bundle_device_key_changed', { device: body.deviceId.slice(0, 8) })

  const { manifest: raw, states } = unpackParts(decompressParts(body.packed, Math.max(reading.limit, 1024 * 1024) * UNPACKED_PER_BYTE))
  const parsed = BundleManifest.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw invalid(`manifest ${issue?.path.map(String).join('.') ?? ''}`.trim())
  }
  const manifest = parsed.data
  if (tooManyArticles(manifest)) throw invalid(`more than ${MAX_BUNDLE_ARTICLES} articles`)

  const pictures: IncomingPicture[] = []
  for (const entry of manifest.pictures) {
    const picture = partOf(body.pictures, entry, `picture ${entry.id.slice(0, 8)}`)
    const [hash, ext] = entry.id.split('.') as [string, string]
    if (createHash('sha256').update(picture).digest('hex') !== hash) throw invalid(`picture ${hash.slice(0, 8)} does not match its hash`)
    if (reading.hasPicture(entry.id)) continue
    let facts
    try {
      facts = await identifyImage(entry.id, picture)
    } catch {
      throw invalid(`picture ${hash.slice(0, 8)} unreadable`)
    }
    if (facts.ext !== ext) throw invalid(`picture ${hash.slice(0, 8)} is not ${ext}`)
    pictures.push({ mediaId: entry.id, mime: facts.mimeType, width: facts.width, height: facts.height, bytes: picture.length, data: picture })
  }

  const arrival: Arrival = {
    sender: { deviceId: body.deviceId, publicKey, personId: manifest.sender.personId, name: manifest.sender.name },
    people: manifest.people,
    pictures,
    articles: manifest.articles.map((article) => ({
      id: article.id,
      state: partOf(states, article.document, `article ${article.id.slice(0, 8)}`),
      statusHistory: article.statusHistory,
      pictures: article.pictures,
      pins: article.pins,
      revisions: article.revisions.map((revision) => ({ ...revision, state: partOf(states, revision.state, `revision ${revision.id.slice(0, 8)}`) }))
    }))
  }
  return { manifest, arrival, knownDevice: knownKey !== null, publicKey }
}
