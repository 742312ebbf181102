import type { MidadApi } from '../../../shared/contract/api'
import { appMediaUrl, hostMediaUrl } from '../../../shared/contract/wire'
import { createHttpBackend } from './http-backend'
import { takeSessionToken } from './session-token'
import { appEvents, hostEvents, type BackendEvents, type DroppedEvent } from './event-stream'
import { reportProblem } from './report-problem'

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
    const api = window.midad
    return {
      api,
      mediaUrl: appMediaUrl,
      events: window.midadEvents ? appEvents(window.midadEvents, droppedEventsTo(api)) : silent
    }
  }
  const token = takeSessionToken(window.location, window.history, window.sessionStorage)
  const api = createHttpBackend({ token, unreachableMessage })
  return {
    api,
    mediaUrl: hostMediaUrl,
    events: typeof EventSource === 'function' ? hostEvents(undefined, droppedEventsTo(api)) : silent
  }
}

/** An event the page could not read is logged, once per name: a back side that keeps sending it would fill the log. */
function droppedEventsTo(api: MidadApi): DroppedEvent {
  const told = new Set<string>()
  return (name, payload) => {
    if (told.has(name)) return
    told.add(name)
    reportProblem(api, `an event from the back side did not match the contract and was dropped (${name.slice(0, 40)})`, payload.slice(0, 500))
  }
}
