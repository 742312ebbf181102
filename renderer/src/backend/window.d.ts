import type { MidadApi } from '../../../shared/contract/api'

declare global {
  interface Window {
    /** The contract, exposed by the Electron preload; absent in a browser tab. */
    midad?: MidadApi
    /** The contract's events, exposed by the Electron preload. */
    midadEvents?: { subscribe(listener: (name: string, payload: unknown) => void): () => void }
  }
}

export {}
