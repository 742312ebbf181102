import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto'

/** Ed25519 over the whole file before the signature, with this device's key (people-store). */
export function signBundle(signed: Uint8Array, privateKeyBase64: string): Uint8Array {
  const key = createPrivateKey({ key: Buffer.from(privateKeyBase64, 'base64'), format: 'der', type: 'pkcs8' })
  return new Uint8Array(sign(null, signed, key))
}

/** False for a key that is not an Ed25519 public key, as for a signature that does not match. */
export function signatureHolds(signed: Uint8Array, signature: Uint8Array, publicKeyDer: Uint8Array): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyDer), format: 'der', type: 'spki' })
    if (key.asymmetricKeyType !== 'ed25519') return false
    return verify(null, signed, key, signature)
  } catch {
    return false
  }
}

/** The first eight bytes of the key's SHA-256, in groups of four hex digits: short enough to read out over the phone. */
export function keyFingerprint(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 16)
  return hex.match(/.{4}/g)!.join(' ')
}
