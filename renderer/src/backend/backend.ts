import type { MidadApi } from '../../../shared/contract/api'
import { appMediaUrl, hostMediaUrl } from '../../../shared/contract/wire'
import { createHttpBackend } from './http-backend'
import { takeSessionToken } from './session-token'
import { appEvents, hostEvents, type BackendEvents } from './event-stream'

export interface Backend {
  api: MidadApi
  /** Where the page can show a stored image. */
  mediaUrl: (mediaId: string) => string
  /** What changed on the back side, told as it happens. */
  events: BackendEvents
}

// A back side that cannot tell (an older preload) simply tells nothing.
const silent: BackendEvents = { subscribe: () => () => undefined }

/**
 * The one way the renderer reaches the back side: the preload's
 * `window.midad` under Electron, the browser host's HTTP endpoint otherwise.
 */
export function connectBackend(unreachableMessage: () => string): Backend {
  if (window.midad) {
    return {
      api: window.midad,
      mediaUrl: appMediaUrl,
      events: window.midadEvents ? appEvents(window.midadEvents) : silent
    }
  }
  const token = takeSessionToken(window.location, window.history, window.sessionStorage)
  return {
    api: createHttpBackend({ token, unreachableMessage }),
    mediaUrl: hostMediaUrl,
    events: typeof EventSource === 'function' ? hostEvents() : silent
  }
}
