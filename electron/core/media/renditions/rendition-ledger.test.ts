import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RECOUNT_AFTER_MS, pruneRenditionCache } from './rendition-cache-prune'
import { LEDGER_FILE, readLedger, recordPictureUses, recordRemovals, rewriteLedger, type PictureUse } from './rendition-ledger'
import { prepareExportPictures } from './prepare-export-pictures'
import { pictureFolder, pictureFoldersIn } from './testing/cached-pictures'
import { noisyJpeg } from './testing/test-photos'

let dir: string
let cache: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-cache-ledger-'))
  cache = join(dir, 'renditions')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const now = Date.parse('2026-11-26T12:00:00Z')
const hoursAgo = (hours: number) => new Date(now - hours * 3_600_000)
const [A, B, C, D, E] = ['a', 'b', 'c', 'd', 'e'].map((letter) => letter.repeat(64)) as [string, string, string, string, string]

/** What the ledger says, picture by picture; null when it cannot be believed. */
async function ledgerSays(): Promise<Record<string, PictureUse> | null> {
  const { ledger } = await readLedger(cache)
  return ledger && Object.fromEntries([...ledger.pictures].sort(([a], [b]) => a.localeCompare(b)))
}

/** A cache of A, B, C (4000 bytes each, used 72, 48 and 24 hours ago) whose ledger has been counted. */
async function countedCache(): Promise<void> {
  pictureFolder(cache, A, 4000, hoursAgo(72))
  pictureFolder(cache, B, 4000, hoursAgo(48))
  pictureFolder(cache, C, 4000, hoursAgo(24))
  await pruneRenditionCache(cache, { budgetBytes: 1e9, now })
}

/** Renditions another Midad left, which this cache's ledger never heard of. */
const unknownFolder = (name: string, hours: number) => pictureFolder(cache, name, 4000, hoursAgo(hours))

describe('pruning goes by the cache ledger', () => {
  it('counts the folders into a ledger when there is none', async () => {
    await countedCache()
    expect(await ledgerSays()).toEqual({
      [A]: { bytes: 4000, lastUsed: hoursAgo(72).getTime() },
      [B]: { bytes: 4000, lastUsed: hoursAgo(48).getTime() },
      [C]: { bytes: 4000, lastUsed: hoursAgo(24).getTime() }
    })
  })

  it('does not open the folders while the ledger says the cache fits: one it does not list stays, however old', async () => {
    await countedCache()
    unknownFolder(D, 500) // on disk the cache is now 16,000 bytes
    expect(await pruneRenditionCache(cache, { budgetBytes: 12_000, now })).toEqual({ removed: [], bytesLeft: 12_000 })
    expect(pictureFoldersIn(cache)).toContain(D)
  })

  it('counts the folders again, oldest going first, when the ledger is lost, unreadable or was never counted', async () => {
    const damaged = ['', '{"picture": "aaa", "by\n', `{"picture":"${A}","bytes":4000,"at":${now}}\n`]
    for (const text of [null, ...damaged]) {
      rmSync(cache, { recursive: true, force: true })
      await countedCache()
      unknownFolder(D, 500)
      if (text === null) rmSync(join(cache, LEDGER_FILE))
      else writeFileSync(join(cache, LEDGER_FILE), text)
      expect(await pruneRenditionCache(cache, { budgetBytes: 12_000, now })).toEqual({ removed: [D], bytesLeft: 12_000 })
      expect(Object.keys((await ledgerSays()) ?? {})).toEqual([A, B, C])
    }
  })

  it('takes a last line without its end for one still being written, and a line written over it for damage', async () => {
    await countedCache()
    unknownFolder(D, 500)
    appendFileSync(join(cache, LEDGER_FILE), `{"picture":"${A}","by`)
    expect(await pruneRenditionCache(cache, { budgetBytes: 12_000, now })).toEqual({ removed: [], bytesLeft: 12_000 })

    // The writer died; the next export's note is glued to what it left.
    await recordPictureUses(cache, new Map([[B, 0]]), now)
    expect(await pruneRenditionCache(cache, { budgetBytes: 12_000, now })).toEqual({ removed: [D], bytesLeft: 12_000 })
  })

  it('removes the least recently used by the ledger, whole, and the ledger forgets them', async () => {
    await countedCache()
    await recordPictureUses(cache, new Map([[A, 0]]), now - 3_600_000) // A exported again an hour ago…
    utimesSync(join(cache, A), new Date(now - 3_600_000), new Date(now - 3_600_000)) // …which touched its folder
    expect(await pruneRenditionCache(cache, { budgetBytes: 5000, now })).toEqual({ removed: [B, C], bytesLeft: 4000 })
    expect(pictureFoldersIn(cache)).toEqual([A])
    expect(await ledgerSays()).toEqual({ [A]: { bytes: 4000, lastUsed: now - 3_600_000 } })
  })

  it('keeps a folder used since the ledger last heard of it, and removes the next oldest instead', async () => {
    await countedCache()
    utimesSync(join(cache, A), hoursAgo(1), hoursAgo(1)) // a use the ledger missed
    expect(await pruneRenditionCache(cache, { budgetBytes: 9000, now })).toEqual({ removed: [B], bytesLeft: 8000 })
    expect(pictureFoldersIn(cache).sort()).toEqual([A, C])
  })

  it('counts off a folder that is gone from the disk, and forgets it', async () => {
    await countedCache()
    rmSync(join(cache, A), { recursive: true })
    expect(await pruneRenditionCache(cache, { budgetBytes: 9000, now })).toEqual({ removed: [], bytesLeft: 8000 })
    expect(Object.keys((await ledgerSays()) ?? {})).toEqual([B, C])
  })

  it('counts the folders again once its figures are a month old', async () => {
    await countedCache()
    unknownFolder(D, 24 * 40)
    const later = now + RECOUNT_AFTER_MS + 1
    expect(await pruneRenditionCache(cache, { budgetBytes: 12_000, now: later })).toEqual({ removed: [D], bytesLeft: 12_000 })
    expect((await readLedger(cache)).ledger?.countedAt).toBe(later)
  })

  it('removes nothing outside the cache, whatever its ledger names', async () => {
    const outside = join(dir, 'desk')
    mkdirSync(join(outside, 'article'), { recursive: true })
    mkdirSync(cache)
    writeFileSync(join(cache, LEDGER_FILE), `{"ledger":1,"counted":${now}}\n{"picture":"../desk","bytes":99999,"at":0}\n`)
    expect(await pruneRenditionCache(cache, { budgetBytes: 0, now })).toEqual({ removed: [], bytesLeft: 0 })
    expect(existsSync(join(outside, 'article'))).toBe(true)
  })

  it('writes a long ledger afresh, one line a picture, saying the same', async () => {
    await countedCache()
    for (let i = 0; i < 200; i++) await recordPictureUses(cache, new Map([[A, 10], [B, 0]]), now - 1000 + i)
    const before = await ledgerSays()
    expect(before?.[A]).toEqual({ bytes: 4000 + 2000, lastUsed: now - 801 })
    await pruneRenditionCache(cache, { budgetBytes: 1e9, now })
    expect(readFileSync(join(cache, LEDGER_FILE), 'utf8').trimEnd().split('\n')).toHaveLength(1 + 3)
    expect(await ledgerSays()).toEqual(before)
  })
})

describe('reading the ledger again', () => {
  it('reads what was added since, as reading it whole would, and keeps no change a reader made to what it was given', async () => {
    await countedCache()
    for (let reading = 0; reading < 2; reading++) {
      const { ledger } = await readLedger(cache)
      ledger!.pictures.clear() // what a reader does with its copy is its own business
    }
    await recordPictureUses(cache, new Map([[A, 10], [D, 500]]), now)
    await recordRemovals(cache, [B], now)
    appendFileSync(join(cache, LEDGER_FILE), `{"picture":"${E}","bytes":1`) // still on its way
    const again = await ledgerSays()

    const elsewhere = join(dir, 'copy')
    mkdirSync(elsewhere)
    writeFileSync(join(elsewhere, LEDGER_FILE), readFileSync(join(cache, LEDGER_FILE)))
    const whole = (await readLedger(elsewhere)).ledger!
    expect(again).toEqual(Object.fromEntries([...whole.pictures].sort(([a], [b]) => a.localeCompare(b))))
    expect(again).toEqual({
      [A]: { bytes: 4010, lastUsed: now },
      [C]: { bytes: 4000, lastUsed: hoursAgo(24).getTime() },
      [D]: { bytes: 500, lastUsed: now }
    })
  })
})

describe('writing the ledger afresh beside another program', () => {
  it('keeps what another program noted while it counted', async () => {
    await countedCache()
    const { text } = await readLedger(cache)
    await recordPictureUses(cache, new Map([[E, 300]]), now) // the other program's export
    expect(await rewriteLedger(cache, text, { countedAt: now, pictures: new Map([[A, { bytes: 4000, lastUsed: 1 }]]) })).toBe(true)
    expect(await ledgerSays()).toEqual({ [A]: { bytes: 4000, lastUsed: 1 }, [E]: { bytes: 300, lastUsed: now } })
  })

  it('gives way when another program wrote it afresh meanwhile', async () => {
    await countedCache()
    const { text } = await readLedger(cache)
    await rewriteLedger(cache, text, { countedAt: now, pictures: new Map([[E, { bytes: 1, lastUsed: 2 }]]) })
    expect(await rewriteLedger(cache, text, { countedAt: now, pictures: new Map([[A, { bytes: 3, lastUsed: 4 }]]) })).toBe(false)
    expect(await ledgerSays()).toEqual({ [E]: { bytes: 1, lastUsed: 2 } })
    expect(readdirSync(cache).filter((name) => name.startsWith('.'))).toEqual([]) // nothing left half-written
  })
})

describe('an export notes in the ledger what it takes from the cache', () => {
  it('notes the bytes it adds and when it used each picture, so the ledger agrees with the disk without counting again', async () => {
    const media = join(dir, 'media')
    mkdirSync(media)
    writeFileSync(join(media, 'p.jpg'), await noisyJpeg(640, 400, { seed: 3 }))
    const exportWith = (focus: { x: number; y: number }) =>
      prepareExportPictures({ mediaFilePath: (id) => join(media, id), cacheDir: cache, mediaIds: ['p.jpg'], lead: { mediaId: 'p.jpg', focus } })
    const onDisk = (): number => {
      const [folder] = pictureFoldersIn(cache)
      return readdirSync(join(cache, folder!)).reduce((sum, name) => sum + statSync(join(cache, folder!, name)).size, 0)
    }

    await exportWith({ x: 0.5, y: 0.5 })
    await pruneRenditionCache(cache, { budgetBytes: 1e9, now }) // counts the new cache once
    const startedAt = Date.now()
    await exportWith({ x: 0.1, y: 0.9 }) // new crops, the widths reused
    await pruneRenditionCache(cache, { budgetBytes: 1e9, now: now + 1000 })

    const { ledger } = await readLedger(cache)
    expect(ledger?.countedAt).toBe(now) // not counted again: the export's own note
    const [use] = [...ledger!.pictures.values()]
    expect(use!.bytes).toBe(onDisk())
    expect(use!.lastUsed).toBeGreaterThanOrEqual(startedAt)
  })
})
