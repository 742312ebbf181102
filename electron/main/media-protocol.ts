import { readFile } from 'node:fs/promises'
import type { Protocol } from 'electron'
import { MEDIA_SCHEME, MEDIA_SCHEME_HOST } from '../../shared/contract/wire'
import { storedPictureHeaders, type Core } from '../core'

export { MEDIA_SCHEME }

/**
 * Standard + secure so <img> treats the scheme like https (no mixed-content
 * warnings, a proper origin); no fetch, no CORS, no CSP bypass: the renderer
 * can display these images, not read them. Registered with the app's other
 * schemes before ready (schemes.ts).
 */
export const mediaSchemePrivileges = {
  scheme: MEDIA_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, bypassCSP: false, stream: false }
}

export function serveMedia(protocol: Protocol, core: Pick<Core, 'storedPicture'>): void {
  protocol.handle(MEDIA_SCHEME, (request) => mediaResponse(request, core))
}

/**
 * The picture for midad-media://media/<media id>, or 404 for anything that
 * does not name a stored one. Core's media library decides what an id is and
 * what the picture's type is; this only speaks Electron's protocol.
 */
export async function mediaResponse(request: Request, core: Pick<Core, 'storedPicture'>): Promise<Response> {
  const mediaId = requestedMediaId(request)
  const picture = mediaId === undefined ? null : core.storedPicture(mediaId)
  if (!picture) return notFound()
  try {
    const bytes = await readFile(picture.path)
    return new Response(new Uint8Array(bytes), { status: 200, headers: storedPictureHeaders({ ...picture, size: bytes.byteLength }) })
  } catch {
    return notFound()
  }
}

function requestedMediaId(request: Request): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return undefined
  }
  if (url.protocol !== `${MEDIA_SCHEME}:` || url.hostname !== MEDIA_SCHEME_HOST) return undefined
  const segments = url.pathname.split('/').filter(Boolean)
  if (segments.length !== 1) return undefined
  try {
    return decodeURIComponent(segments[0]!)
  } catch {
    return undefined
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
