import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { noisyJpeg } from '../electron/core/media/renditions/testing/test-photos'

export const PICTURES = 10
export const PHOTO_WIDTH = 6000
export const PHOTO_HEIGHT = 4000

export interface NewsPhotos {
  mediaDir: string
  /** File names in mediaDir: `<sha256>.jpg`, as the media library names them. */
  mediaIds: string[]
  megabytes: number
}

/**
 * Ten camera-sized photographs (6000 × 4000, a few MB of noisy JPEG each, as
 * agency photos arrive), made once and kept in out/bench/pictures under their
 * content-hash ids, as the media library keeps them. Every export benchmark
 * uses the same ten, so their figures can be compared.
 */
export async function newsPhotos(): Promise<NewsPhotos> {
  const mediaDir = resolve('out', 'bench', 'pictures')
  mkdirSync(mediaDir, { recursive: true })
  const mediaIds: string[] = []
  let bytesTotal = 0
  for (let seed = 1; seed <= PICTURES; seed++) {
    const made = join(mediaDir, `seed-${seed}.id`)
    let mediaId = existsSync(made) ? readFileSync(made, 'utf8') : ''
    if (!mediaId || !existsSync(join(mediaDir, mediaId))) {
      const bytes = await noisyJpeg(PHOTO_WIDTH, PHOTO_HEIGHT, { seed, quality: 80 })
      mediaId = `${createHash('sha256').update(bytes).digest('hex')}.jpg`
      writeFileSync(join(mediaDir, mediaId), bytes)
      writeFileSync(made, mediaId)
    }
    bytesTotal += readFileSync(join(mediaDir, mediaId)).byteLength
    mediaIds.push(mediaId)
  }
  return { mediaDir, mediaIds, megabytes: bytesTotal / (1024 * 1024) }
}
