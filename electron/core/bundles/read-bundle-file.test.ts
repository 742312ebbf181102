// Reading a .midad file from disk: refused on its outside and its signature before any library is involved.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bundleToSign, BUNDLE_HEAD_BYTES, SIGNATURE_BYTES } from '../../../shared/bundle/bundle-frame'
import { MAX_BUNDLE_BYTES } from '../../../shared/bundle/bundle-views'
import { failureOf } from '../testing/failure-of'
import { readBundleFile } from './read-bundle-file'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-bundle-file-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('readBundleFile', () => {
  it('a file over the real limit is refused from its head and size (a sparse file: nothing is read)', async () => {
    const file = join(dir, 'huge.midad')
    const head = bundleToSign(new Uint8Array(0)).slice(0, BUNDLE_HEAD_BYTES)
    new DataView(head.buffer).setUint32(BUNDLE_HEAD_BYTES - 4, MAX_BUNDLE_BYTES)
    writeFileSync(file, head)
    truncateSync(file, BUNDLE_HEAD_BYTES + MAX_BUNDLE_BYTES + SIGNATURE_BYTES)
    expect(await failureOf(() => readBundleFile(file))).toMatchObject({ code: 'bundle_too_large', params: { limit: '64 MB' } })
  })

  it('a file within the limit whose signature does not hold is refused as tampered', async () => {
    const file = join(dir, 'forged.midad')
    const signed = bundleToSign(Uint8Array.of(4, 0x61, 0x62, 0x63, 0x64, 0, 0, 0, 0, 0))
    writeFileSync(file, Buffer.concat([signed, new Uint8Array(SIGNATURE_BYTES)]))
    expect(await failureOf(() => readBundleFile(file))).toMatchObject({ code: 'bundle_tampered' })
    writeFileSync(file, 'not a bundle at all')
    expect(await failureOf(() => readBundleFile(file))).toMatchObject({ code: 'bundle_not_midad' })
  })
})
