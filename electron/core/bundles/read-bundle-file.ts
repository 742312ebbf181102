import { open } from 'node:fs/promises'
import { BUNDLE_HEAD_BYTES, checkBundleHead } from '../../../shared/bundle/bundle-frame'
import { MAX_BUNDLE_BYTES } from '../../../shared/bundle/bundle-views'
import { MidadError } from '../../../shared/contract/errors'
import { signedBody } from './read-bundle'

/**
 * A `.midad` file's bytes, for previewing or opening, once its outside and
 * its signature check: no library is needed for that, so a shell refuses a
 * damaged file before it opens (or creates) a database. A file over the
 * limit is refused from its first bytes and its size, never read whole: a
 * disk image renamed .midad must not fill the memory first.
 */
export async function readBundleFile(path: string, limit = MAX_BUNDLE_BYTES): Promise<Uint8Array> {
  const file = await open(path, 'r')
  try {
    const { size } = await file.stat()
    if (size <= limit) {
      const bytes = new Uint8Array(await file.readFile())
      signedBody(bytes, limit)
      return bytes
    }
    const head = new Uint8Array(BUNDLE_HEAD_BYTES)
    const { bytesRead } = await file.read(head, 0, BUNDLE_HEAD_BYTES, 0)
    checkBundleHead(head.subarray(0, bytesRead), size, limit)
    throw new MidadError('bundle_too_large', { limit: `${Math.floor(limit / (1024 * 1024))} MB` })
  } finally {
    await file.close()
  }
}
