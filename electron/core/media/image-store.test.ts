import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MidadError, type ErrorParams } from '../../../shared/contract/errors'
import { MAX_IMAGE_BYTES } from '../../../shared/contract/operations'
import { openCore, type Core } from '../core'
import { pngDeclaring } from './renditions/testing/test-photos'

let dir: string
let core: Core
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-media-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

// A photo-like picture: noise, so the encoded file has real entropy-coded data
// (a flat colour would fit in a few hundred bytes and truncate meaninglessly).
async function photo(format: 'jpeg' | 'png', width = 640, height = 480, orientation?: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + (i >> 5) * 31) % 251
  let image = sharp(pixels, { raw: { width, height, channels: 3 } })
  if (orientation) image = image.withMetadata({ orientation })
  return format === 'jpeg' ? image.jpeg({ quality: 80 }).toBuffer() : image.png().toBuffer()
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const mediaRows = (): number => {
  const db = new Database(core.dbPath, { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM media').get() as { n: number }).n
  } finally {
    db.close()
  }
}

const mediaFiles = (): string[] => (existsSync(core.mediaDir) ? readdirSync(core.mediaDir) : [])

async function refusal(fn: () => Promise<unknown>): Promise<{ code: string; params: ErrorParams | undefined }> {
  try {
    await fn()
  } catch (error) {
    if (error instanceof MidadError) return { code: error.code, params: error.params }
    throw error
  }
  throw new Error('expected a refusal')
}

describe('adding a picture', () => {
  it('stores a JPEG under the media folder by its content hash, with its size', async () => {
    const bytes = await photo('jpeg')
    const stored = await core.addImage('صورة الوزير.jpg', bytes)
    expect(stored).toEqual({ mediaId: `${sha256(bytes)}.jpg`, width: 640, height: 480, mimeType: 'image/jpeg' })
    const path = core.mediaFilePath(stored.mediaId)
    expect(path).toBe(join(core.mediaDir, stored.mediaId))
    expect(readFileSync(path).equals(bytes)).toBe(true)
    expect(mediaFiles()).toEqual([stored.mediaId]) // no temporary file left behind
    expect(mediaRows()).toBe(1)
  })

  it('judges the format by content, not by the file name', async () => {
    const bytes = await photo('png', 300, 200)
    const stored = await core.addImage('photo.jpg', bytes)
    expect(stored).toEqual({ mediaId: `${sha256(bytes)}.png`, width: 300, height: 200, mimeType: 'image/png' })
  })

  it('stores the same picture once, whatever it is called', async () => {
    const bytes = await photo('jpeg')
    const first = await core.addImage('a.jpg', bytes)
    const second = await core.addImage('نسخة.JPEG', bytes)
    expect(second).toEqual(first)
    expect(mediaFiles()).toEqual([first.mediaId])
    expect(mediaRows()).toBe(1)
  })

  it('gives the size as shown when the camera recorded a rotation', async () => {
    const stored = await core.addImage('portrait.jpg', await photo('jpeg', 640, 480, 6))
    expect({ width: stored.width, height: stored.height }).toEqual({ width: 480, height: 640 })
  })
})

describe('refusing what is not a picture', () => {
  const cases: [string, string, () => Promise<Buffer>, string][] = [
    ['a text file named like a photo', 'photo.jpg', async () => Buffer.from('هذا ليس صورة\n'), 'image_not_image'],
    [
      'an SVG (it can carry script)',
      'logo.svg',
      async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'),
      'image_not_image'
    ],
    ['an empty file', 'empty.png', async () => Buffer.alloc(0), 'image_empty'],
    ['a file over the size limit', 'huge.jpg', async () => Buffer.alloc(MAX_IMAGE_BYTES + 1, 0xff), 'image_too_large'],
    ['a truncated JPEG', 'cut.jpg', async () => (await photo('jpeg')).subarray(0, 20_000), 'image_not_image'],
    ['a picture with more pixels than can be decoded safely', 'bomb.png', async () => pngDeclaring(20_000, 20_000), 'image_too_large'],
    ['a JPEG cut in half', 'half.jpg', async () => { const whole = await photo('jpeg'); return whole.subarray(0, whole.length / 2) }, 'image_not_image'],
    ['a PNG header declaring 40000 × 40000 pixels', 'bomb-40000.png', async () => pngDeclaring(40_000, 40_000), 'image_too_large'],
    ['random bytes named .jpg', 'noise.jpg', async () => Buffer.from(Array.from({ length: 8192 }, (_, i) => (Math.imul(i + 1, 2654435761) >>> 24) & 0xff)), 'image_not_image']
  ]

  it.each(cases)('refuses %s and stores nothing', async (_what, fileName, make, code) => {
    const bytes = await make()
    const result = await refusal(() => core.addImage(fileName, bytes))
    expect(result.code).toBe(code)
    expect(result.params?.fileName).toBe(fileName)
    if (code === 'image_too_large') expect(result.params?.limitMb).toBe(25)
    expect(mediaFiles()).toEqual([])
    expect(mediaRows()).toBe(0)
  })
})

describe('opening the store', () => {
  it('removes what a killed picture write left behind, and keeps the pictures and a write still under way', async () => {
    const stored = await core.addImage('a.jpg', await photo('jpeg', 64, 48))
    const killed = join(core.mediaDir, '.incoming-0b6f1a52-3f1e-4d5c-9a8b-1c2d3e4f5a6b')
    const underWay = join(core.mediaDir, '.incoming-1c2d3e4f-3f1e-4d5c-9a8b-0b6f1a523f1e')
    writeFileSync(killed, Buffer.alloc(1024))
    writeFileSync(underWay, Buffer.alloc(1024))
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000)
    utimesSync(killed, yesterday, yesterday)
    core.close()
    core = openCore({ dbPath: join(dir, 'midad.sqlite') })
    expect(mediaFiles().sort()).toEqual([underWay.slice(core.mediaDir.length + 1), stored.mediaId].sort())
  })
})

describe('finding a stored picture', () => {
  it('refuses ids that are not a stored picture’s name', async () => {
    const stored = await core.addImage('a.png', await photo('png', 20, 20))
    for (const id of [
      '../midad.sqlite',
      `../${stored.mediaId}`,
      stored.mediaId.toUpperCase(),
      stored.mediaId.replace('.png', '.svg'),
      `${'0'.repeat(64)}.png`, // well formed, never stored
      ''
    ]) {
      expect(() => core.mediaFilePath(id), id).toThrowError(expect.objectContaining({ code: 'not_found' }))
    }
  })
})
