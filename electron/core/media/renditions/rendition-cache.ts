import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomically } from '../atomic-file'
import { encoderSettings, type Recipe } from './picture-encoder'

// Bump when the way a recipe becomes pixels changes without the recipe
// changing, so old cache files are no longer found. 2: every file is made
// from one working copy (rendition-plan's workingSize).
const PIPELINE_VERSION = 2

/**
 * Where a rendition lives in the cache: a folder per picture content (the
 * SHA-256 of its bytes, which is what a media id names), a file per recipe.
 * The file name carries a digest of the recipe and of every encoder setting,
 * so a different width, format, quality, crop or libvips version is a
 * different file and a stale one is never served.
 */
export async function cacheEntry(cacheDir: string, contentHash: string, label: string, recipe: Recipe): Promise<{ folder: string; name: string }> {
  const settings = await encoderSettings()
  const key = createHash('sha256')
    .update(JSON.stringify({ recipe, settings, version: PIPELINE_VERSION }))
    .digest('hex')
    .slice(0, 24)
  const ext = recipe.format === 'webp' ? 'webp' : 'jpg'
  return { folder: join(cacheDir, contentHash), name: `${label}-${key}.${ext}` }
}

/**
 * The cached file's absolute path, encoding it first only when it is not
 * there, and how many bytes that added to the cache (0 on a hit). Files
 * appear whole or not at all (written atomically), so one that exists is
 * complete; two exports racing for the same file both write the same bytes.
 * A hit marks the picture's folder as just used, which is what the cache's
 * pruning goes by.
 */
export async function cachedRendition(
  entry: { folder: string; name: string },
  encode: () => Promise<Buffer>
): Promise<{ path: string; added: number }> {
  const path = join(entry.folder, entry.name)
  if (existsSync(path)) {
    const now = new Date()
    await utimes(entry.folder, now, now).catch(() => undefined)
    return { path, added: 0 }
  }
  const bytes = await encode()
  await mkdir(entry.folder, { recursive: true })
  await writeFileAtomically(entry.folder, entry.name, bytes)
  return { path, added: bytes.length }
}
