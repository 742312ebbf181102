import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Handlers } from '../../shared/contract/api'
import type { StoredPicture } from '../core'
import { API_PATH, EVENTS_PATH, MEDIA_PATH } from '../../shared/contract/wire'
import type { Log } from '../core'
import { handleApi } from './api-route'
import { handleMedia } from './media-route'
import { handleEvents, type EventSource } from './events-route'
import { handleStatic } from './static-route'
import { hasOneHost, hostIsOurs, newToken, originIsOurs, requestCarriesToken } from './request-guard'
import { sendFailure, sendNotFound, setBaseHeaders } from './responses'

export interface HostOptions {
  handlers: Handlers
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** The stored picture a media id names (core's media library), or null. */
  storedPicture: (mediaId: string) => StoredPicture | null
  /** 0 picks a free port. */
  port?: number
  /** Defaults to 32 fresh random bytes, hex. */
  token?: string
  /** Where an unexpected failure is written, beside the terminal. */
  log?: Log
  /** Core's events, streamed to the page at /events. */
  events?: EventSource
}

export interface RunningHost {
  /** The address a browser opens: the page, carrying this run's token. */
  url: string
  /** `http://127.0.0.1:PORT`, for API calls made outside the page. */
  origin: string
  port: number
  token: string
  close(): Promise<void>
}

/** `<prefix><segment>` with nothing after the segment: the segment, else undefined. */
function lastSegmentAfter(pathname: string, prefix: string): string | undefined {
  if (!pathname.startsWith(prefix)) return undefined
  const segment = pathname.slice(prefix.length)
  return segment.includes('/') ? undefined : segment
}

/**
 * The contract over loopback HTTP, so the real renderer runs in a browser
 * against real SQLite. Only this machine, only pages we served, only with
 * this run's token.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? newToken()
  let port = 0

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setBaseHeaders(res)
    if (!hasOneHost(req)) {
      req.resume()
      sendFailure(res, 400, 'invalid_input', { field: 'Host' })
      return
    }
    if (!hostIsOurs(req, port) || !originIsOurs(req, port)) {
      req.resume()
      sendFailure(res, 403, 'unauthorized')
      return
    }
    // The raw path, not WHATWG URL's: that would quietly resolve `..` and
    // `%2e%2e`, and a request trying either deserves a 404, not another file.
    const target = req.url ?? '/'
    const queryAt = target.indexOf('?')
    const pathname = queryAt < 0 ? target : target.slice(0, queryAt)
    const query = new URLSearchParams(queryAt < 0 ? '' : target.slice(queryAt + 1))
    const api = lastSegmentAfter(pathname, API_PATH)
    const media = lastSegmentAfter(pathname, MEDIA_PATH)
    if (pathname.startsWith(API_PATH) || pathname.startsWith(MEDIA_PATH) || pathname === EVENTS_PATH) {
      if (!requestCarriesToken(req, token)) {
        req.resume()
        sendFailure(res, 403, 'unauthorized')
        return
      }
      if (pathname === EVENTS_PATH) return handleEvents(req, res, options.events)
      if (api !== undefined) return handleApi(req, res, api, options.handlers, options.log)
      if (media !== undefined) return handleMedia(req, res, media, options.storedPicture)
      req.resume()
      sendNotFound(res)
      return
    }
    return handleStatic(req, res, pathname, query, options.rendererDir, token)
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('[midad host] request failed', error)
      options.log?.error('a request to the web host failed', { url: req.url, error })
      if (!res.headersSent) sendFailure(res, 500, 'internal')
      else res.destroy()
    })
  })
  // A slow or stalled client must not hold a connection forever.
  server.requestTimeout = 120_000
  server.headersTimeout = 30_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    origin: `http://127.0.0.1:${port}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
  }
}
