// The outside of a .midad file, read from its head and size alone: the real size limit is checked without a 64 MB file.
import { describe, expect, it } from 'vitest'
import { BUNDLE_FORMAT, BUNDLE_HEAD_BYTES, SIGNATURE_BYTES, bundleToSign, checkBundleHead } from './bundle-frame'
import { MAX_BUNDLE_BYTES } from './bundle-views'

const headFor = (bodyLength: number, version = BUNDLE_FORMAT): Uint8Array => {
  const head = bundleToSign(new Uint8Array(0), version).slice(0, BUNDLE_HEAD_BYTES)
  new DataView(head.buffer).setUint32(BUNDLE_HEAD_BYTES - 4, bodyLength)
  return head
}
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run()
  } catch (error) {
    return (error as { code?: string }).code
  }
  return undefined
}

describe('the head of a bundle', () => {
  it('a file one byte over the real limit is too large, one at the limit is read on', () => {
    const bodyLength = MAX_BUNDLE_BYTES - BUNDLE_HEAD_BYTES - SIGNATURE_BYTES
    expect(checkBundleHead(headFor(bodyLength), MAX_BUNDLE_BYTES, MAX_BUNDLE_BYTES)).toEqual({ version: BUNDLE_FORMAT, bodyLength })
    let refusal: unknown
    try {
      checkBundleHead(headFor(bodyLength + 1), MAX_BUNDLE_BYTES + 1, MAX_BUNDLE_BYTES)
    } catch (error) {
      refusal = error
    }
    expect(refusal).toMatchObject({ code: 'bundle_too_large', params: { limit: '64 MB' } })
  })

  it('says first what is wrong first: not a bundle, then cut short, then too large, then too new', () => {
    expect(codeOf(() => checkBundleHead(new TextEncoder().encode('PK\u0003\u0004 a zip file'), 100, 1000))).toBe('bundle_not_midad')
    expect(codeOf(() => checkBundleHead(headFor(5000, 7).slice(0, 9), 9, 1000))).toBe('bundle_truncated')
    expect(codeOf(() => checkBundleHead(headFor(5000, 7), 2000, 1000))).toBe('bundle_truncated')
    expect(codeOf(() => checkBundleHead(headFor(5000, 7), 5100, 1000))).toBe('bundle_too_large')
    expect(codeOf(() => checkBundleHead(headFor(500, 7), 600, 1000))).toBe('bundle_too_new')
    expect(codeOf(() => checkBundleHead(headFor(500), 600, 1000))).toBeUndefined()
  })
})
