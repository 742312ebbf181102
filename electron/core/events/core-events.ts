import type { ContractEvent } from '../../../shared/contract/events'

export type EventListener = (event: ContractEvent) => void

/** Tells whoever listens (the app's windows, the host's pages) what changed in this core. */
export interface CoreEvents {
  /** Returns the way to stop listening. */
  subscribe(listener: EventListener): () => void
}

export interface EventHub extends CoreEvents {
  emit(event: ContractEvent): void
}

export function createEventHub(onListenerError: (error: unknown) => void = () => undefined): EventHub {
  const listeners = new Set<EventListener>()
  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    emit(event) {
      // One listener failing (a window gone) never stops the others, nor the change that was made.
      for (const listener of [...listeners]) {
        try {
          listener(event)
        } catch (error) {
          onListenerError(error)
        }
      }
    }
  }
}
