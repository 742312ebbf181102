import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { imageContentTypeFor } from './content-types'
import { sendFailure, sendNotFound } from './responses'

// Stored images are named by content hash; anything else is not a media id.
const MEDIA_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/


/** `GET /media/<mediaId>`: a stored picture, for the editor's <img>. */
export async function handleMedia(
  req: IncomingMessage,
  res: ServerResponse,
  rawId: string,
  mediaFilePath: (mediaId: string) => string
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD')
    sendFailure(res, 405, 'invalid_input', { field: 'method' })
    req.resume()
    return
  }
  let mediaId: string
  try {
    mediaId = decodeURIComponent(rawId)
  } catch {
    sendNotFound(res)
    return
  }
  if (!MEDIA_ID.test(mediaId) || mediaId.includes('..')) {
    sendNotFound(res)
    return
  }
  let path: string
  let size: number
  try {
    path = mediaFilePath(mediaId)
    const info = await stat(path)
    if (!info.isFile()) throw new Error('not a file')
    size = info.size
  } catch {
    sendNotFound(res)
    return
  }
  const type = imageContentTypeFor(path)
  if (!type) {
    sendNotFound(res)
    return
  }
  res.statusCode = 200
  res.setHeader('Content-Type', type)
  res.setHeader('Content-Length', size)
  // Content-addressed: the bytes behind an id never change.
  res.setHeader('Cache-Control', 'private, max-age=31536000, immutable')
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(path)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}
