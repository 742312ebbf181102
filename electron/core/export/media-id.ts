// Not a second media-id rule (that one is shared/contract/media-id.ts, which
// the store, the body check and both picture routes follow): this guards the
// file name an exported picture gets inside images/ — one path segment, no
// way out of it — for bodies that reach the exporter without the store's
// check, built by hand or damaged, so that nothing else reaches a path or an attribute.
const safeMediaId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

export const isSafeMediaId = (mediaId: unknown): mediaId is string =>
  typeof mediaId === 'string' && safeMediaId.test(mediaId) && !mediaId.includes('..')

/** A path an exported page may load a picture from: a file directly under images/. */
export const isExportedImagePath = (path: string): boolean =>
  path.startsWith('images/') && isSafeMediaId(path.slice('images/'.length))
