// Rendition caches the pruning tests lay out by hand: picture folders of a
// given size and last use, without encoding a picture.
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** A picture's folder of renditions, two files of `bytes` in all, last used at `lastUsed`. */
export function pictureFolder(cacheDir: string, name: string, bytes: number, lastUsed: Date): void {
  const folder = join(cacheDir, name)
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, '800w-a.webp'), Buffer.alloc(bytes / 2))
  writeFileSync(join(folder, '800w-b.jpg'), Buffer.alloc(bytes / 2))
  utimesSync(folder, lastUsed, lastUsed)
}

/** The picture folders in the cache, its ledger aside. */
export const pictureFoldersIn = (cacheDir: string): string[] =>
  readdirSync(cacheDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
