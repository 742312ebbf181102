import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { TOKEN_COOKIE, TOKEN_HEADER } from '../../shared/contract/wire'

export function newToken(): string {
  return randomBytes(32).toString('hex')
}

/**
 * A web page elsewhere can make the browser talk to 127.0.0.1, and DNS
 * rebinding can even make it look same-origin; only a Host naming the loopback
 * address and our port proves the request was meant for us.
 */
export function hostIsOurs(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/**
 * Node keeps only the first of several Host headers, while a proxy or cache
 * on the way may have honoured another: a request naming two hosts is
 * malformed (RFC 9112 §3.2), whichever of them is ours.
 */
export function hasOneHost(req: IncomingMessage): boolean {
  let hosts = 0
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'host') hosts++
  return hosts === 1
}

/** Cross-site requests carry their Origin; ours is the only one allowed. */
export function originIsOurs(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

/** Hashing first makes the comparison constant-time whatever the lengths. */
export function tokenMatches(candidate: string | undefined, token: string): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0) return false
  const a = createHash('sha256').update(candidate).digest()
  const b = createHash('sha256').update(token).digest()
  return timingSafeEqual(a, b)
}

export function requestCarriesToken(req: IncomingMessage, token: string): boolean {
  // Node gives header names in lower case.
  const header = req.headers[TOKEN_HEADER.toLowerCase()]
  const fromHeader = Array.isArray(header) ? header[0] : header
  return tokenMatches(fromHeader, token) || tokenMatches(cookieValue(req, TOKEN_COOKIE), token)
}
