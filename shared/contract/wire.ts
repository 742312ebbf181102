// How the contract travels, spelled once for both ends of every transport:
// preload and Electron's main process, the renderer's HTTP client and the
// browser host. Kept free of zod, so the sandboxed preload can import it.
import type { OperationName } from './operation-names'

/** The IPC channel one operation travels on between preload and the main process. */
export const channelFor = (name: OperationName): string => `midad:${name}`

/** The browser host answers each operation at `POST /api/<operation>`. */
export const API_PATH = '/api/'
export const apiPathFor = (name: OperationName): string => `${API_PATH}${name}`

/** The browser host serves a stored picture at `GET /media/<media id>`. */
export const MEDIA_PATH = '/media/'

/** The header that carries the browser host's per-run token. */
export const TOKEN_HEADER = 'X-Midad-Token'
/** The cookie the host's page gets the same token in, so that `<img src="/media/…">` carries it too. */
export const TOKEN_COOKIE = 'midad_token'

/** The Electron window loads stored pictures from its own scheme, at midad-media://media/<media id>. */
export const MEDIA_SCHEME = 'midad-media'
export const MEDIA_SCHEME_HOST = 'media'

/** Where the desktop app's window (and the article preview inside it) loads a stored picture. */
export const appMediaUrl = (mediaId: string): string => `${MEDIA_SCHEME}://${MEDIA_SCHEME_HOST}/${encodeURIComponent(mediaId)}`

/** Where the browser host's page (and the article preview inside it) loads a stored picture. */
export const hostMediaUrl = (mediaId: string): string => `${MEDIA_PATH}${encodeURIComponent(mediaId)}`

/** The one IPC channel the main process sends the contract's events on, each as { name, payload }. */
export const EVENT_CHANNEL = 'midad:event'

/** The browser host streams the contract's events at `GET /events` (server-sent events). */
export const EVENTS_PATH = '/events'
