import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import type { Protocol } from 'electron'

/**
 * The built renderer is served from its own scheme rather than file://. A
 * file:// page shares its origin with every file on the disk, so anything it
 * is tricked into loading from disk runs with the app's privileges; midad-app:
 * serves only the files of out/renderer, each with the app's CSP.
 */
export const APP_SCHEME = 'midad-app'
const APP_HOST = 'desk'
export const appPageUrl = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Standard + secure: a real origin, treated like https (module scripts, fonts,
 * fetch of the app's own files). It bypasses nothing: the CSP still governs it.
 */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, bypassCSP: false, stream: false }
}

/** Whether a URL is the app's page (any query or hash: those are the renderer's routes). */
export function isAppPageUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.pathname === '/index.html'
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon'
}

export function serveApp(protocol: Protocol, options: { rendererDir: string; contentSecurityPolicy: string }): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, options))
}

/** A file of the built renderer, or 404 for anything else: other hosts, other methods, paths leaving the folder, unknown types. */
export async function appResponse(request: Request, options: { rendererDir: string; contentSecurityPolicy: string }): Promise<Response> {
  const filePath = requestedFile(request, options.rendererDir)
  const type = filePath ? contentTypes[extname(filePath).toLowerCase()] : undefined
  if (!filePath || !type) return notFound()
  try {
    const bytes = await readFile(filePath)
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
      status: 200,
      headers: {
        'Content-Type': type,
        'Content-Security-Policy': options.contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store'
      }
    })
  } catch {
    return notFound()
  }
}

function requestedFile(request: Request, rendererDir: string): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return undefined
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return undefined
  }
  if (path.includes('\0')) return undefined
  const root = resolve(rendererDir)
  const file = resolve(root, `.${path}`)
  return file.startsWith(root + sep) ? file : undefined
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
