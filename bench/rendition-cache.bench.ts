import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openCore, type Core } from '../electron/core/core'
import { LEDGER_FILE, readLedger } from '../electron/core/media/renditions/rendition-ledger'
import { noisyJpeg } from '../electron/core/media/renditions/testing/test-photos'
import { benchMeta, buildArabicArticle } from './arabic-article'
import type { Benchmark } from './benchmark'

// A full cache of the real 2 GiB would be 2 GiB of disk. What the export's
// housekeeping costs is a matter of how many folders and files there are, not
// of their size, so the bench keeps real numbers of them (an illustrated
// article's worth of renditions per picture) in small files, and gives the
// newsroom a budget to match.
const CACHED_PICTURES = 600
const FILES_PER_PICTURE = 8
const FILE_BYTES = 4096
const CACHED_BYTES = CACHED_PICTURES * FILES_PER_PICTURE * FILE_BYTES
// What the budget leaves free beside them and the article's own picture.
const HEADROOM_BYTES = 256 * 1024
const WORDS = 1_000
const RUNS = 60

const workDir = resolve('out', 'bench', `rendition-cache-${process.pid}`)

interface Desk {
  core: Core
  articleId: string
  cacheDir: string
}

/** A newsroom holding one 1,000-word article with a lead photograph, exported once so its own renditions are cached. */
async function openDesk(name: string, photo: Buffer, budgetBytes: number): Promise<Desk> {
  const dbPath = join(workDir, name, 'library.sqlite')
  mkdirSync(join(workDir, name), { recursive: true })
  const core = openCore({ dbPath, renditionCacheBytes: budgetBytes })
  const picture = await core.addImage('lead.jpg', photo)
  const leadImage = { mediaId: picture.mediaId, alt: 'سوق الخضار صباحاً', caption: 'سوق الخضار في وسط المدينة', credit: 'وكالة الأنباء', focus: { x: 0.4, y: 0.5 } }
  const article = core.createArticle({ ...benchMeta, leadImage }, buildArabicArticle(WORDS))
  core.assertPublishable(article.id)
  const desk = { core, articleId: article.id, cacheDir: join(workDir, name, 'cache', 'renditions') }
  await core.exportArticle(article.id, join(workDir, name, 'out'))
  return desk
}

/** Renditions of other pictures, each folder last used a different hour of the past weeks. */
function fillCache(cacheDir: string): void {
  // Filled behind the ledger's back, as a cache made before there was one:
  // without it, the next export counts the folders once.
  rmSync(join(cacheDir, LEDGER_FILE), { force: true })
  const bytes = Buffer.alloc(FILE_BYTES, 7)
  const now = Date.now()
  for (let i = 0; i < CACHED_PICTURES; i++) {
    const folder = join(cacheDir, i.toString(16).padStart(64, '0'))
    mkdirSync(folder)
    for (let f = 0; f < FILES_PER_PICTURE; f++) writeFileSync(join(folder, `${f}-rendition.webp`), bytes)
    const lastUsed = new Date(now - (i + 1) * 3_600_000)
    utimesSync(folder, lastUsed, lastUsed)
  }
}

const pictureFolders = (cacheDir: string): string[] =>
  readdirSync(cacheDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(cacheDir, entry.name))

const bytesIn = (folder: string): number => readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0)

/**
 * Exporting a 1,000-word article with its lead photograph (renditions
 * already cached) while the rendition cache holds 600 other pictures' folders
 * (4,800 files), near its budget: the export's housekeeping must not cost more
 * as the cache fills. The baseline is the same export from a newsroom whose
 * cache holds nothing but this article's own renditions, timed in turn with it.
 */
const fullCache: Benchmark = {
  name: 'export article, rendition cache near budget (600 pictures) vs holding only its own',
  unit: 'ms',
  async measure() {
    rmSync(workDir, { recursive: true, force: true })
    const desks: Desk[] = []
    try {
      const photo = await noisyJpeg(1600, 1067, { seed: 5 })
      const empty = await openDesk('empty', photo, Infinity)
      desks.push(empty)
      const ownBytes = pictureFolders(empty.cacheDir).reduce((sum, folder) => sum + bytesIn(folder), 0)
      const budgetBytes = CACHED_BYTES + ownBytes + HEADROOM_BYTES
      const full = await openDesk('full', photo, budgetBytes)
      desks.push(full)
      fillCache(full.cacheDir)
      const inUse = (CACHED_BYTES + ownBytes) / budgetBytes
      console.error(`  ${CACHED_PICTURES + 1} cached pictures, ${(100 * inUse).toFixed(1)}% of a ${(budgetBytes / 1024 ** 2).toFixed(1)} MiB budget; ${RUNS} runs`)
      // Counting the folders the ledger missed happens once, and is not measured.
      await full.core.exportArticle(full.articleId, join(workDir, 'full', 'out'))

      const samples: number[] = []
      const baseline: number[] = []
      const timed = async (desk: Desk, into: number[]) => {
        const started = performance.now()
        await desk.core.exportArticle(desk.articleId, join(workDir, desk === full ? 'full' : 'empty', 'out'))
        into.push(performance.now() - started)
      }
      for (let run = 0; run < RUNS; run++) {
        // Taking turns at going first, so neither gains from the other warming the disk.
        if (run % 2 === 0) {
          await timed(full, samples)
          await timed(empty, baseline)
        } else {
          await timed(empty, baseline)
          await timed(full, samples)
        }
      }
      // Within budget, nothing may have been pruned; the baseline's cache held one picture.
      const left = pictureFolders(full.cacheDir).length
      if (left !== CACHED_PICTURES + 1) throw new Error(`the full cache lost pictures: ${left} left`)
      // And the exports measured went by a ledger listing every one of them.
      const listed = (await readLedger(full.cacheDir)).ledger?.pictures.size ?? 0
      if (listed !== CACHED_PICTURES + 1) throw new Error(`the ledger lists ${listed} pictures`)
      if (pictureFolders(empty.cacheDir).length !== 1) throw new Error('the baseline cache should hold only its article’s picture')
      return { samples, baseline }
    } finally {
      for (const desk of desks) desk.core.close()
      rmSync(workDir, { recursive: true, force: true })
    }
  }
}

export default [fullCache]
