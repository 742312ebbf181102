import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MidadError } from '../../../../shared/contract/errors'
import { originalPictures } from './original-pictures'
import { failureOf } from '../../testing/failure-of'

const dir = mkdtempSync(join(tmpdir(), 'midad-originals-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const path = (mediaId: string) => join(dir, mediaId)

beforeAll(async () => {
  const create = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#888' } })
  writeFileSync(path('a.jpg'), await create(640, 480).jpeg().toBuffer())
  writeFileSync(path('b.webp'), await create(300, 200).webp().toBuffer())
  writeFileSync(path('c.png'), await create(100, 50).png().toBuffer())
  // A phone photo stored sideways with EXIF orientation 6: readers see it upright, 480 wide.
  writeFileSync(path('d.jpg'), await create(640, 480).jpeg().withMetadata({ orientation: 6 }).toBuffer())
  writeFileSync(path('e.jpg'), Buffer.from('not a picture'))
})

describe('originalPictures', () => {
  it('offers each stored JPEG or WebP as its only rendition, at its real upright size', async () => {
    const { pictures, files } = await originalPictures({ mediaFilePath: path, cacheDir: dir, mediaIds: ['a.jpg', 'b.webp', 'd.jpg'], lead: null })
    expect(pictures.leadCrops).toBeNull()
    expect(pictures.pictures.get('a.jpg')).toEqual({
      mediaId: 'a.jpg',
      width: 640,
      height: 480,
      jpeg: [{ path: 'images/a.jpg', width: 640, height: 480, format: 'jpeg' }],
      webp: []
    })
    expect(pictures.pictures.get('b.webp')?.webp).toEqual([{ path: 'images/b.webp', width: 300, height: 200, format: 'webp' }])
    expect(pictures.pictures.get('d.jpg')).toMatchObject({ width: 480, height: 640 })
    expect(files).toEqual(['a.jpg', 'b.webp', 'd.jpg'].map((id) => ({ path: `images/${id}`, source: path(id) })))
  })

  it('copies a PNG or an unreadable file as it is, without claiming renditions', async () => {
    const { pictures, files } = await originalPictures({ mediaFilePath: path, cacheDir: dir, mediaIds: ['c.png', 'e.jpg'], lead: null })
    expect(pictures.pictures.size).toBe(0)
    expect(files.map((file) => file.path)).toEqual(['images/c.png', 'images/e.jpg'])
  })

  it('names a picture missing from the library', async () => {
    const error = await failureOf(() => originalPictures({ mediaFilePath: path, cacheDir: dir, mediaIds: ['gone.jpg'], lead: null }))
    expect(error.code).toBe('export_image_missing')
    expect(error.params).toEqual({ mediaId: 'gone.jpg' })
    const unknown = () => {
      throw new MidadError('not_found')
    }
    expect((await failureOf(() => originalPictures({ mediaFilePath: unknown, cacheDir: dir, mediaIds: ['a.jpg'], lead: null }))).params).toEqual({ mediaId: 'a.jpg' })
  })
})
