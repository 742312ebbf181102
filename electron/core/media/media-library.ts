import type { StoredImage } from '../../../shared/contract/operations'
import type { ImageStore } from './image-store'
import type { StoredPicture } from './stored-picture'

/** The newsroom's pictures, each stored once under its content-addressed media id. */
export interface MediaLibrary {
  addImage(fileName: string, bytes: Uint8Array): Promise<StoredImage> // MidadError('image_*')
  /** Absolute path of a stored image; throws not_found for unknown or malformed ids. */
  mediaFilePath(mediaId: string): string
  /**
   * A picture to show in the app's window or the host's page: its file, size
   * and type. Null for anything that does not name a stored picture, so a
   * forged or escaping id never reaches a path.
   */
  storedPicture(mediaId: string): StoredPicture | null
}

export function createMediaLibrary(images: ImageStore): MediaLibrary {
  return {
    addImage: (fileName, bytes) => images.add(fileName, bytes),
    mediaFilePath: (mediaId) => images.filePath(mediaId),
    storedPicture: (mediaId) => images.picture(mediaId)
  }
}
