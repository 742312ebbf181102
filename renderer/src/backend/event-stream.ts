import { eventNames } from '../../../shared/contract/event-names'
import { parseEvent, type ContractEvent } from '../../../shared/contract/events'
import { EVENTS_PATH } from '../../../shared/contract/wire'

export type EventListener = (event: ContractEvent) => void

/** Hears an event the page dropped (a name or payload the contract does not know), for the log. */
export type DroppedEvent = (name: string, payload: string) => void

/** What the back side tells the page without being asked. */
export interface BackendEvents {
  /** Returns the way to stop listening. */
  subscribe(listener: EventListener): () => void
}

/**
 * The browser host's `/events`, as server-sent events (the page's cookie
 * carries this run's token). One stream for the page, opened with the first
 * listener and closed with the last; an event that does not match the
 * contract is dropped, never acted on.
 */
export function hostEvents(open: (path: string) => EventSource = (path) => new EventSource(path), onDropped: DroppedEvent = () => undefined): BackendEvents {
  const listeners = new Set<EventListener>()
  let source: EventSource | null = null
  const deliver = (name: string) => (message: MessageEvent<string>) => {
    let payload: unknown
    try {
      payload = JSON.parse(message.data)
    } catch {
      onDropped(name, message.data)
      return
    }
    const event = parseEvent(name, payload)
    if (event) for (const listener of [...listeners]) listener(event)
    else onDropped(name, message.data)
  }
  return {
    subscribe(listener) {
      listeners.add(listener)
      if (!source) {
        source = open(EVENTS_PATH)
        for (const name of eventNames) source.addEventListener(name, deliver(name) as (event: Event) => void)
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && source) {
          source.close()
          source = null
        }
      }
    }
  }
}

/** The Electron preload's events (window.midadEvents), checked the same way. */
export function appEvents(bridge: { subscribe(listener: (name: string, payload: unknown) => void): () => void }, onDropped: DroppedEvent = () => undefined): BackendEvents {
  return {
    subscribe: (listener) =>
      bridge.subscribe((name, payload) => {
        const event = parseEvent(name, payload)
        if (event) listener(event)
        else onDropped(name, safeText(payload))
      })
  }
}

const safeText = (payload: unknown): string => {
  try {
    return JSON.stringify(payload) ?? String(payload)
  } catch {
    return String(payload)
  }
}
