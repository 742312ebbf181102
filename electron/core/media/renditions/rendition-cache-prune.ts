import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { PICTURE_FOLDER, readLedger, recordRemovals, rewriteLedger, type Ledger, type PictureUse } from './rendition-ledger'

/**
 * How much room the rendition cache may take before older pictures' renditions
 * are removed. Ten 24-megapixel photos make about 80 files of 25–30 MB in all,
 * so this keeps the renditions of many dozens of illustrated articles: a
 * re-export of recent work stays fast, and a laptop's disk is not filled by
 * pictures exported once, months ago.
 */
export const RENDITION_CACHE_BUDGET_BYTES = 2 * 1024 ** 3

/**
 * A picture's renditions used this recently are never removed, so an export
 * running at the same moment in another program (the app and the CLI share
 * the cache) does not lose files it is about to copy.
 */
export const RECENT_USE_MS = 10 * 60 * 1000

/**
 * How long the ledger's figures are trusted before they are counted again from
 * the folders. A line can go missing (a crash between writing a rendition and
 * noting it, two programs rewriting the ledger at the same instant); counting
 * again now and then keeps such gaps from adding up.
 */
export const RECOUNT_AFTER_MS = 30 * 24 * 3_600_000

/** Compacted once its lines outnumber twice the pictures it lists by this much. */
const SPARE_LINES = 256

async function lastUse(folder: string): Promise<number | null> {
  try {
    // A folder's time is touched on every use (see cachedRendition).
    return (await stat(folder)).mtimeMs
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Every picture folder's bytes and last use, from the disk; null when there is no cache at all. */
async function countFromDisk(cacheDir: string): Promise<Map<string, PictureUse> | null> {
  let names: string[]
  try {
    names = await readdir(cacheDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const pictures = new Map<string, PictureUse>()
  for (const name of names) {
    if (!PICTURE_FOLDER.test(name)) continue
    const folder = join(cacheDir, name)
    try {
      const info = await stat(folder)
      if (!info.isDirectory()) continue
      let bytes = 0
      for (const file of await readdir(folder)) bytes += (await stat(join(folder, file))).size
      pictures.set(name, { bytes, lastUsed: info.mtimeMs })
    } catch (error) {
      // Pruned by the other program while this one counted: not there, then.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  return pictures
}

/**
 * Writing the ledger never stops a prune: on a full disk removing old
 * renditions matters most. A ledger left unwritten is counted again next time
 * (missing), or lists folders already gone, which the next prune drops.
 */
async function bestEffort(writing: Promise<unknown>): Promise<void> {
  await writing.catch(() => undefined)
}

interface Candidate extends PictureUse {
  name: string
}

const older = (a: Candidate, b: Candidate): number => a.lastUsed - b.lastUsed || a.name.localeCompare(b.name)

function putInOrder(queue: Candidate[], candidate: Candidate): void {
  let at = queue.findIndex((other) => older(candidate, other) < 0)
  if (at < 0) at = queue.length
  queue.splice(at, 0, candidate)
}

/**
 * Removes the renditions of the least recently used pictures until the cache
 * fits its budget. A picture's folder goes whole (its renditions are only
 * useful together); those used recently stay even over budget. Returns what
 * was removed, for the caller's log and the tests.
 *
 * The ledger says whether the cache is over budget and which folders are the
 * oldest, so a cache within its budget is not opened at all. Over budget, each
 * folder the ledger offers is looked at before it goes: a use the ledger missed
 * puts it back in line, so what goes is still the least recently used.
 */
export async function pruneRenditionCache(
  cacheDir: string,
  options: { budgetBytes?: number; now?: number } = {}
): Promise<{ removed: string[]; bytesLeft: number }> {
  const budget = options.budgetBytes ?? RENDITION_CACHE_BUDGET_BYTES
  const now = options.now ?? Date.now()
  const reading = await readLedger(cacheDir)
  let ledger: Ledger
  if (reading.ledger && now - reading.ledger.countedAt <= RECOUNT_AFTER_MS) {
    ledger = reading.ledger
  } else {
    const pictures = await countFromDisk(cacheDir)
    if (pictures === null) return { removed: [], bytesLeft: 0 }
    ledger = { countedAt: now, pictures, lines: 1 + pictures.size }
    await bestEffort(rewriteLedger(cacheDir, reading.text, ledger))
  }

  let total = 0
  for (const use of ledger.pictures.values()) total += use.bytes
  const removed: string[] = []
  const gone: string[] = []
  if (total > budget) {
    const queue = [...ledger.pictures].map(([name, use]) => ({ name, ...use })).sort(older)
    while (total > budget) {
      const oldest = queue.shift()
      if (!oldest) break
      const folder = join(cacheDir, oldest.name)
      const used = await lastUse(folder)
      if (used === null) {
        gone.push(oldest.name)
      } else if (used > oldest.lastUsed) {
        putInOrder(queue, { ...oldest, lastUsed: used })
        ledger.pictures.set(oldest.name, { bytes: oldest.bytes, lastUsed: used }) // so a rewritten ledger knows too
        continue
      } else if (now - used < RECENT_USE_MS) {
        break // the rest were used later still, as far as the ledger knows
      } else {
        await rm(folder, { recursive: true, force: true })
        removed.push(oldest.name)
      }
      total -= oldest.bytes
      ledger.pictures.delete(oldest.name)
    }
    await bestEffort(recordRemovals(cacheDir, [...gone, ...removed], now))
  }
  if (ledger.lines > 2 * ledger.pictures.size + SPARE_LINES) await bestEffort(rewriteLedger(cacheDir, reading.text, ledger))
  return { removed, bytesLeft: total }
}
