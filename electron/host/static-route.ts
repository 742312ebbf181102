import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { contentTypeFor } from './content-types'
import { TOKEN_COOKIE } from '../../shared/contract/wire'
import { tokenMatches } from './request-guard'
import { sendFailure, sendNotFound } from './responses'

/**
 * The page may load only what the host itself serves; nothing inline but
 * styles. It frames no URL at all: the article preview is a srcdoc frame,
 * which frame-src does not govern, and a link followed inside it stays blocked.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * Maps a URL path onto a file under root, or undefined when the path is
 * malformed or would leave root — those are answered 404, never with the page.
 */
export function fileUnder(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined
  const segments = decoded.split('/')
  if (segments.some((s) => s === '..')) return undefined
  const base = resolve(root)
  const full = resolve(join(base, decoded))
  if (full !== base && !full.startsWith(base + sep)) return undefined
  return full
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

function streamFile(req: IncomingMessage, res: ServerResponse, path: string, size: number): void {
  res.statusCode = 200
  res.setHeader('Content-Type', contentTypeFor(path))
  res.setHeader('Content-Length', size)
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(path)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

/**
 * The built renderer. Unknown paths without an extension are client routes
 * and get the page (SPA fallback); a missing asset stays a 404.
 */
export async function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  query: URLSearchParams,
  rendererDir: string,
  token: string
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD')
    sendFailure(res, 405, 'invalid_input', { field: 'method' })
    req.resume()
    return
  }
  const requested = fileUnder(rendererDir, pathname)
  if (requested === undefined) {
    sendNotFound(res)
    return
  }
  const indexPath = join(resolve(rendererDir), 'index.html')
  let path = requested
  if (!(await isFile(path))) {
    if (extname(pathname) !== '') {
      sendNotFound(res)
      return
    }
    path = indexPath
  }
  if (!(await isFile(path))) {
    sendNotFound(res)
    return
  }
  const isPage = path === indexPath
  if (isPage) {
    res.setHeader('Content-Security-Policy', PAGE_CSP)
    res.setHeader('Cache-Control', 'no-store')
    // The token arrives once in the address; from then on the browser carries
    // it in a cookie no script can read, so <img src="/media/…"> works too.
    if (tokenMatches(query.get('token') ?? undefined, token)) {
      res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`)
    }
  } else {
    res.setHeader('Cache-Control', 'no-cache')
  }
  const { size } = await stat(path)
  streamFile(req, res, path, size)
}
