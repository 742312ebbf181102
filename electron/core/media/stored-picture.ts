/** A stored picture as the app's window and the browser host serve it. */
export interface StoredPicture {
  /** The file under the media folder. */
  path: string
  /** As identified when the picture was stored (the `media` row), never guessed from a name. */
  mimeType: string
  /** In bytes, as the file is now. */
  size: number
}

/**
 * The headers a stored picture goes out with, the same from Electron's
 * midad-media: scheme and the host's /media/ route: its own type and no
 * sniffing; cached for good, since the bytes behind a content-addressed id
 * never change; and, opened on its own, a sandboxed document that can run nothing.
 */
export function storedPictureHeaders(picture: StoredPicture): Record<string, string> {
  return {
    'Content-Type': picture.mimeType,
    'Content-Length': String(picture.size),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, max-age=31536000, immutable',
    'Content-Security-Policy': "default-src 'none'; sandbox"
  }
}
