import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore } from '../../core'
import { RECENT_USE_MS, pruneRenditionCache } from './rendition-cache-prune'
import { LEDGER_FILE } from './rendition-ledger'
import { pictureFolder as cachedPicture, pictureFoldersIn } from './testing/cached-pictures'
import { noisyJpeg } from './testing/test-photos'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-cache-prune-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const now = Date.parse('2026-11-26T12:00:00Z')
const hoursAgo = (hours: number) => new Date(now - hours * 3_600_000)

/** A picture's folder of renditions, `bytes` in all, last used `hours` ago. */
const pictureFolder = (cacheDir: string, name: string, bytes: number, hours: number): void => cachedPicture(cacheDir, name, bytes, hoursAgo(hours))

describe('pruning the rendition cache', () => {
  it('removes the least recently used pictures, whole, until the cache fits its budget', async () => {
    const cache = join(dir, 'renditions')
    pictureFolder(cache, 'a'.repeat(64), 4000, 72)
    pictureFolder(cache, 'b'.repeat(64), 4000, 48)
    pictureFolder(cache, 'c'.repeat(64), 4000, 24)
    pictureFolder(cache, 'd'.repeat(64), 4000, 1)
    const result = await pruneRenditionCache(cache, { budgetBytes: 9000, now })
    expect(result).toEqual({ removed: ['a'.repeat(64), 'b'.repeat(64)], bytesLeft: 8000 })
    expect(pictureFoldersIn(cache).sort()).toEqual(['c'.repeat(64), 'd'.repeat(64)])
  })

  it('leaves a cache within its budget alone', async () => {
    const cache = join(dir, 'renditions')
    pictureFolder(cache, 'a'.repeat(64), 4000, 500)
    expect(await pruneRenditionCache(cache, { budgetBytes: 4000, now })).toEqual({ removed: [], bytesLeft: 4000 })
    expect(existsSync(join(cache, 'a'.repeat(64), '800w-a.webp'))).toBe(true)
  })

  it('never removes renditions used in the last minutes, even over budget (another export may be copying them)', async () => {
    const cache = join(dir, 'renditions')
    pictureFolder(cache, 'a'.repeat(64), 4000, 2)
    const recent = join(cache, 'b'.repeat(64))
    pictureFolder(cache, 'b'.repeat(64), 4000, 0)
    utimesSync(recent, new Date(now - RECENT_USE_MS / 2), new Date(now - RECENT_USE_MS / 2))
    expect(await pruneRenditionCache(cache, { budgetBytes: 0, now })).toEqual({ removed: ['a'.repeat(64)], bytesLeft: 4000 })
    expect(existsSync(recent)).toBe(true)
  })

  it('is nothing to do when no export has made a cache yet', async () => {
    expect(await pruneRenditionCache(join(dir, 'never-made'), { now })).toEqual({ removed: [], bytesLeft: 0 })
  })
})

describe('the export keeps its cache within budget', () => {
  it('prunes after an export: an old picture’s renditions go, the one just exported stays, and that first article still exports', async () => {
    const core = openCore({ dbPath: join(dir, 'midad.sqlite'), renditionCacheBytes: 0 })
    try {
      const cache = join(dir, 'cache', 'renditions')
      const illustrated = async (seed: number, headline: string) => {
        const picture = await core.addImage(`${seed}.jpg`, await noisyJpeg(640, 360, { seed }))
        const figure = { type: 'figure', attrs: { mediaId: picture.mediaId, alt: 'صورة', caption: 'تعليق', credit: 'رويترز', width: 640, height: 360 } }
        const { id } = core.createArticle({ headline }, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص' }] }, figure] } as never)
        return { id, hash: picture.mediaId.split('.')[0]! }
      }
      const first = await illustrated(1, 'الأول')
      await core.exportArticle(first.id, join(dir, 'out', 'first'))
      expect(pictureFoldersIn(cache)).toEqual([first.hash])
      // A day later, another article is exported.
      utimesSync(join(cache, first.hash), new Date(Date.now() - 86_400_000), new Date(Date.now() - 86_400_000))
      const second = await illustrated(2, 'الثاني')
      await core.exportArticle(second.id, join(dir, 'out', 'second'))
      expect(pictureFoldersIn(cache)).toEqual([second.hash])
      // The first article still exports: its renditions are simply made again.
      const again = await core.exportArticle(first.id, join(dir, 'out', 'first'))
      expect(again.files.filter((file) => file.startsWith('images/')).length).toBeGreaterThan(0)
      expect(pictureFoldersIn(cache).sort()).toEqual([first.hash, second.hash].sort())
    } finally {
      core.close()
    }
  })

  it('opens no picture folder while its ledger says the cache fits; with the ledger lost, the next export counts the folders again', async () => {
    const core = openCore({ dbPath: join(dir, 'midad.sqlite') }) // the 2 GiB budget
    try {
      const cache = join(dir, 'cache', 'renditions')
      const picture = await core.addImage('1.jpg', await noisyJpeg(640, 360, { seed: 1 }))
      const figure = { type: 'figure', attrs: { mediaId: picture.mediaId, alt: 'صورة', caption: 'تعليق', credit: 'رويترز', width: 640, height: 360 } }
      const { id } = core.createArticle({ headline: 'مصور' }, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص' }] }, figure] } as never)
      await core.exportArticle(id, join(dir, 'out'))
      const hash = picture.mediaId.split('.')[0]!

      // Three gigabytes of renditions unused for a fortnight, which the ledger
      // never heard of (the file is sparse: it takes no room on this disk).
      const unknown = join(cache, 'f'.repeat(64))
      mkdirSync(unknown)
      writeFileSync(join(unknown, '1600w-x.webp'), '')
      truncateSync(join(unknown, '1600w-x.webp'), 3 * 1024 ** 3)
      const fortnightAgo = new Date(Date.now() - 14 * 86_400_000)
      utimesSync(unknown, fortnightAgo, fortnightAgo)

      // Within budget by the ledger: the folders are not looked at, so that one stays.
      await core.exportArticle(id, join(dir, 'out'))
      expect(pictureFoldersIn(cache).sort()).toEqual([hash, 'f'.repeat(64)].sort())

      rmSync(join(cache, LEDGER_FILE))
      await core.exportArticle(id, join(dir, 'out'))
      expect(pictureFoldersIn(cache)).toEqual([hash])
    } finally {
      core.close()
    }
  })
})
