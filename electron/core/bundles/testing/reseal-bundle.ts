import { generateKeyPairSync } from 'node:crypto'
import Database from 'better-sqlite3'
import { bundleToSign, readBundleFrame, sealBundle } from '../../../../shared/bundle/bundle-frame'
import { packParts, readBundleBody, unpackParts, writeBundleBody } from '../../../../shared/bundle/bundle-body'
import { compressParts, decompressParts } from '../bundle-compression'
import { signBundle } from '../bundle-signing'

/** A device's identity and key, as a desk keeps it (this_device), or a made-up one. */
export interface SigningDevice {
  deviceId: string
  publicKey: string
  privateKey: string
}

/** The device key a desk's database holds: what a forger who has it could sign with. */
export function deviceOf(dbPath: string): SigningDevice {
  const db = new Database(dbPath, { readonly: true })
  try {
    const row = db.prepare('SELECT device_id, public_key, private_key FROM this_device').get() as { device_id: string; public_key: string; private_key: string }
    return { deviceId: row.device_id, publicKey: row.public_key, privateKey: row.private_key }
  } finally {
    db.close()
  }
}

/** Another key pair claiming to be `deviceId`. */
export function impostorOf(deviceId: string): SigningDevice {
  const keys = generateKeyPairSync('ed25519')
  return {
    deviceId,
    publicKey: keys.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: keys.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')
  }
}

/**
 * A real bundle taken apart, changed by `change` (its manifest, as JSON, and
 * its states), and signed again by `device`: a bundle whose signature holds
 * but whose content is whatever the test makes it.
 */
export function resealBundle(
  bytes: Uint8Array,
  device: SigningDevice,
  change: (parts: { manifest: Record<string, unknown>; states: Uint8Array }) => { manifest: unknown; states: Uint8Array } = (parts) => parts,
  version?: number
): Uint8Array {
  const frame = readBundleFrame(bytes, Number.MAX_SAFE_INTEGER)
  const body = readBundleBody(frame.body)
  const { manifest, states } = unpackParts(decompressParts(body.packed, 1 << 30))
  const changed = change({ manifest: manifest as Record<string, unknown>, states })
  const packed = compressParts(packParts(JSON.stringify(changed.manifest), changed.states))
  const signed = bundleToSign(
    writeBundleBody({ deviceId: device.deviceId, publicKey: new Uint8Array(Buffer.from(device.publicKey, 'base64')), packed, pictures: body.pictures }),
    version
  )
  return sealBundle(signed, signBundle(signed, device.privateKey))
}
