import type { Article } from '../../../shared/article/article'
import { isMediaId } from '../../../shared/contract/media-id'
import { HUB_PICTURE_MAX_BYTES, HUB_PICTURES_PATH, HUB_TOKEN_HEADER, httpBaseOf } from '../../../shared/hub/hub-wire'
import { articleFigures } from '../export/article-figures'
import type { Log } from '../log/log'

/** The pictures an article shows: its lead image and its figures' pictures, by media id. */
export const picturesOf = (article: Article): string[] =>
  [...new Set([...(article.meta.leadImage ? [article.meta.leadImage.mediaId] : []), ...articleFigures(article.body).map((figure) => figure.mediaId)])].filter(isMediaId)

/** What the hub's picture exchange needs of this desk's media folder. */
export interface PictureShelf {
  has(mediaId: string): boolean
  read(mediaId: string): Promise<Uint8Array | null>
  /** Stores a picture; resolves with the media id the library gives it (its hash and real format). */
  add(mediaId: string, bytes: Uint8Array): Promise<string>
}

const PICTURE_TIMEOUT_MS = 60_000

/**
 * Pictures travel beside the documents, by media id (their hash): what the
 * hub lacks of `send` goes up, what this desk lacks of `want` comes down. A
 * picture that does not hash to its name is refused on both sides.
 */
export async function exchangePictures(
  hub: { url: string; token: string },
  pictures: { send: readonly string[]; want: readonly string[] },
  shelf: PictureShelf,
  log: Log
): Promise<{ sent: number; received: number }> {
  const base = httpBaseOf(hub.url) + HUB_PICTURES_PATH
  const headers = { [HUB_TOKEN_HEADER]: hub.token }
  let sent = 0
  let received = 0
  for (const mediaId of new Set(pictures.send)) {
    const there = await fetch(base + mediaId, { method: 'HEAD', headers, signal: AbortSignal.timeout(PICTURE_TIMEOUT_MS) })
    if (there.status !== 404) continue
    const bytes = await shelf.read(mediaId)
    if (!bytes) continue
    const put = await fetch(base + mediaId, { method: 'PUT', headers, body: new Uint8Array(bytes), signal: AbortSignal.timeout(PICTURE_TIMEOUT_MS) })
    if (put.ok) sent++
    else log.warn('the hub did not take a picture', { mediaId, status: put.status })
  }
  for (const mediaId of new Set(pictures.want)) {
    if (shelf.has(mediaId)) continue
    const got = await fetch(base + mediaId, { headers, signal: AbortSignal.timeout(PICTURE_TIMEOUT_MS) })
    if (!got.ok) continue
    const bytes = new Uint8Array(await got.arrayBuffer())
    if (bytes.length > HUB_PICTURE_MAX_BYTES) continue
    try {
      const stored = await shelf.add(mediaId, bytes)
      if (stored !== mediaId) log.warn('a picture from the hub is not what its name says; kept under its own', { mediaId, stored })
      else received++
    } catch (error) {
      log.warn('a picture from the hub could not be read; it was not kept', { mediaId, error })
    }
  }
  return { sent, received }
}
