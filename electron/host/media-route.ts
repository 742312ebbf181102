import { createReadStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { storedPictureHeaders, type StoredPicture } from '../core'
import { sendFailure, sendNotFound } from './responses'

/**
 * `GET /media/<media id>`: a stored picture, for the editor's <img>. Core's
 * media library decides what an id is and what the picture's type is; this
 * only speaks HTTP, with the headers Electron's scheme sends too.
 */
export function handleMedia(
  req: IncomingMessage,
  res: ServerResponse,
  rawId: string,
  storedPicture: (mediaId: string) => StoredPicture | null
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD')
    sendFailure(res, 405, 'invalid_input', { field: 'method' })
    req.resume()
    return
  }
  let picture: StoredPicture | null
  try {
    picture = storedPicture(decodeURIComponent(rawId))
  } catch {
    picture = null
  }
  if (!picture) {
    sendNotFound(res)
    return
  }
  res.statusCode = 200
  for (const [name, value] of Object.entries(storedPictureHeaders(picture))) res.setHeader(name, value)
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(picture.path)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}
