import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import type { Protocol } from 'electron'
import { MEDIA_SCHEME, MEDIA_SCHEME_HOST } from '../../shared/contract/wire'
import type { Core } from '../core'

export { MEDIA_SCHEME }

const imageTypes: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif'
}

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

export function serveMedia(protocol: Protocol, core: Pick<Core, 'mediaFilePath'>): void {
  protocol.handle(MEDIA_SCHEME, (request) => mediaResponse(request, core))
}

/** The image for a request, or 404 for anything that does not name a stored image. */
export async function mediaResponse(request: Request, core: Pick<Core, 'mediaFilePath'>): Promise<Response> {
  const mediaId = requestedMediaId(request)
  if (!mediaId) return notFound()
  let filePath: string
  try {
    filePath = core.mediaFilePath(mediaId)
  } catch {
    return notFound()
  }
  const type = imageTypes[extname(filePath).toLowerCase()]
  if (!type) return notFound()
  try {
    const bytes = await readFile(filePath)
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }
    })
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
  let mediaId: string
  try {
    mediaId = decodeURIComponent(segments[0]!)
  } catch {
    return undefined
  }
  // Core checks the id too; never let a path separator or dot-dot reach it.
  return /^[A-Za-z0-9._-]{1,200}$/.test(mediaId) && !mediaId.includes('..') ? mediaId : undefined
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
