import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../core'
import { storedPictureHeaders } from './stored-picture'

let dir: string
let core: Core
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-stored-picture-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the media library serving a stored picture', () => {
  it('gives its file, size and the type recorded when it was stored', async () => {
    const webp = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#205080' } }).webp().toBuffer()
    const stored = await core.addImage('مؤتمر.jpg', webp)
    expect(core.storedPicture(stored.mediaId)).toEqual({ path: join(dir, 'media', stored.mediaId), mimeType: 'image/webp', size: webp.length })
  })

  it('names nothing for an id that breaks the media-id rule, escapes the folder, or has no row', async () => {
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } }).png().toBuffer()
    const stored = await core.addImage('a.png', png)
    // A file under the media folder that the library never stored is not served either.
    const stray = `${'ab'.repeat(32)}.png`
    copyFileSync(join(dir, 'media', stored.mediaId), join(dir, 'media', stray))
    for (const id of [`${'0'.repeat(64)}.png`, 'not-an-id', '../midad.sqlite', stored.mediaId.toUpperCase(), stray]) {
      expect(core.storedPicture(id), id).toBeNull()
    }
  })

  it('goes out with the same headers from the app and the host', () => {
    expect(storedPictureHeaders({ path: '/x', mimeType: 'image/png', size: 12 })).toEqual({
      'Content-Type': 'image/png',
      'Content-Length': '12',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=31536000, immutable',
      'Content-Security-Policy': "default-src 'none'; sandbox"
    })
  })
})
