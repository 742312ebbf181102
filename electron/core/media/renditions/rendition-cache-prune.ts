import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

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

interface PictureFolder {
  name: string
  bytes: number
  lastUsed: number
}

async function pictureFolders(cacheDir: string): Promise<PictureFolder[]> {
  let names: string[]
  try {
    names = await readdir(cacheDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const folders: PictureFolder[] = []
  for (const name of names) {
    const folder = join(cacheDir, name)
    const info = await stat(folder)
    if (!info.isDirectory()) continue
    let bytes = 0
    for (const file of await readdir(folder)) bytes += (await stat(join(folder, file))).size
    // A folder's time is touched on every use (see cachedRendition).
    folders.push({ name, bytes, lastUsed: info.mtimeMs })
  }
  return folders
}

/**
 * Removes the renditions of the least recently used pictures until the cache
 * fits its budget. A picture's folder goes whole (its renditions are only
 * useful together); those used recently stay even over budget. Returns what
 * was removed, for the caller's log and the tests.
 */
export async function pruneRenditionCache(
  cacheDir: string,
  options: { budgetBytes?: number; now?: number } = {}
): Promise<{ removed: string[]; bytesLeft: number }> {
  const budget = options.budgetBytes ?? RENDITION_CACHE_BUDGET_BYTES
  const now = options.now ?? Date.now()
  const folders = await pictureFolders(cacheDir)
  let total = folders.reduce((sum, folder) => sum + folder.bytes, 0)
  const removed: string[] = []
  const oldestFirst = [...folders].sort((a, b) => a.lastUsed - b.lastUsed || a.name.localeCompare(b.name))
  for (const folder of oldestFirst) {
    if (total <= budget) break
    if (now - folder.lastUsed < RECENT_USE_MS) break
    await rm(join(cacheDir, folder.name), { recursive: true, force: true })
    total -= folder.bytes
    removed.push(folder.name)
  }
  return { removed, bytesLeft: total }
}
