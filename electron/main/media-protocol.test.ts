import type { Protocol } from 'electron'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openCore, type Core } from '../core'
import { MEDIA_SCHEME, mediaSchemePrivileges, serveMedia } from './media-protocol'
import { fake } from './testing/fake-electron'
import { tempProfile } from './testing/temp-profile'

vi.mock('electron', async () => (await import('./testing/fake-electron')).fake.module)

let profile: ReturnType<typeof tempProfile>
let core: Core

beforeEach(() => {
  profile = tempProfile()
  core = openCore({ dbPath: profile.dbPath })
  serveMedia(fake.protocol as unknown as Protocol, core)
})

afterEach(async () => {
  core.close()
  await profile.remove()
})

const fetchMedia = (url: string, method = 'GET') => fake.protocol.handlers.get(MEDIA_SCHEME)!(new Request(url, { method }))

describe('stored images in the app', () => {
  it('is a privileged scheme the page can show but not fetch', () => {
    expect(mediaSchemePrivileges).toEqual({
      scheme: 'midad-media',
      privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: false, bypassCSP: false, corsEnabled: false })
    })
  })

  it('serves a stored picture by its media id with its own type', async () => {
    const png = await sharp({ create: { width: 6, height: 4, channels: 3, background: '#aa3300' } }).png().toBuffer()
    const stored = await core.addImage('صورة.png', new Uint8Array(png))
    const response = await fetchMedia(`midad-media://media/${stored.mediaId}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true)
  })

  it('answers 404 for unknown, malformed or escaping ids and other hosts', async () => {
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } }).png().toBuffer()
    const stored = await core.addImage('a.png', new Uint8Array(png))
    for (const url of [
      `midad-media://media/${'0'.repeat(64)}.png`,
      'midad-media://media/not-an-id',
      'midad-media://media/..%2F..%2Fmidad.sqlite',
      'midad-media://media/%2e%2e/midad.sqlite',
      `midad-media://media/${stored.mediaId}/extra`,
      `midad-media://elsewhere/${stored.mediaId}`,
      'midad-media://media/'
    ]) {
      expect((await fetchMedia(url)).status, url).toBe(404)
    }
    expect((await fetchMedia(`midad-media://media/${stored.mediaId}`, 'POST')).status).toBe(404)
  })
})
