import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { MidadError } from '../../../shared/contract/errors'
import { MAX_IMAGE_BYTES } from '../../../shared/contract/operations'
import type { StoredImage } from '../../../shared/contract/operations'
import { removeStrayIncomingFiles, writeFileAtomically } from './atomic-file'
import { identifyImage } from './image-format'
import type { StoredPicture } from './stored-picture'
import { isMediaId, mediaIdFor } from '../../../shared/contract/media-id'

export interface ImageStore {
  add(fileName: string, bytes: Uint8Array): Promise<StoredImage>
  filePath(mediaId: string): string
  /** The picture a media id names, with its type from the media row; null for anything that does not name one. */
  picture(mediaId: string): StoredPicture | null
}

/**
 * The app keeps its own copy of every picture put into an article, named by
 * content, so an article never depends on where the file was picked from and
 * the same photo inserted twice is stored once.
 */
export function createImageStore(db: Database.Database, mediaDir: string): ImageStore {
  removeStrayIncomingFiles(mediaDir)
  const insert = db.prepare(`
    INSERT OR IGNORE INTO media (id, mime, width, height, bytes, created_at)
    VALUES (@id, @mime, @width, @height, @bytes, @createdAt)`)
  const mimeOf = db.prepare<[string], { mime: string }>('SELECT mime FROM media WHERE id = ?')

  return {
    async add(fileName, bytes) {
      if (bytes.byteLength === 0) throw new MidadError('image_empty', { fileName })
      if (bytes.byteLength > MAX_IMAGE_BYTES) {
        throw new MidadError('image_too_large', { fileName, limitMb: MAX_IMAGE_BYTES / (1024 * 1024) })
      }
      const facts = await identifyImage(fileName, bytes)
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const mediaId = mediaIdFor(sha256, facts.ext)
      // File first, row second: a row must never name a picture that is not on disk.
      if (!existsSync(join(mediaDir, mediaId))) {
        mkdirSync(mediaDir, { recursive: true })
        await writeFileAtomically(mediaDir, mediaId, bytes)
      }
      insert.run({
        id: mediaId,
        mime: facts.mimeType,
        width: facts.width,
        height: facts.height,
        bytes: bytes.byteLength,
        createdAt: new Date().toISOString()
      })
      return { mediaId, width: facts.width, height: facts.height, mimeType: facts.mimeType }
    },

    // The id is checked against its exact form before it touches a path, so no
    // id can climb out of the media folder.
    filePath(mediaId) {
      if (!isMediaId(mediaId)) throw new MidadError('not_found', undefined, 'malformed media id')
      const path = join(mediaDir, mediaId)
      if (!existsSync(path)) throw new MidadError('not_found', undefined, `media ${mediaId}`)
      return path
    },

    picture(mediaId) {
      if (!isMediaId(mediaId)) return null
      const row = mimeOf.get(mediaId)
      if (!row) return null
      const path = join(mediaDir, mediaId)
      try {
        const info = statSync(path)
        return info.isFile() ? { path, mimeType: row.mime, size: info.size } : null
      } catch {
        return null
      }
    }
  }
}
