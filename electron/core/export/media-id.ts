// A media id names a file inside images/: one path segment, no way out of it.
// Ids the store writes are `<sha256>.<ext>`; anything else in a stored body
// was forged or damaged, and never reaches a path or an attribute.
const safeMediaId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

export const isSafeMediaId = (mediaId: unknown): mediaId is string =>
  typeof mediaId === 'string' && safeMediaId.test(mediaId) && !mediaId.includes('..')

/** A path an exported page may load a picture from: a file directly under images/. */
export const isExportedImagePath = (path: string): boolean =>
  path.startsWith('images/') && isSafeMediaId(path.slice('images/'.length))
