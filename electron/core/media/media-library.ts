import type { StoredImage } from '../../../shared/contract/operations'
import type { ImageStore } from './image-store'

/** The newsroom's pictures, each stored once under its content-addressed media id. */
export interface MediaLibrary {
  addImage(fileName: string, bytes: Uint8Array): Promise<StoredImage> // MidadError('image_*')
  /** Absolute path of a stored image; throws not_found for unknown or malformed ids. */
  mediaFilePath(mediaId: string): string
}

export function createMediaLibrary(images: ImageStore): MediaLibrary {
  return {
    addImage: (fileName, bytes) => images.add(fileName, bytes),
    mediaFilePath: (mediaId) => images.filePath(mediaId)
  }
}
