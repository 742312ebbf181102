import type { MidadApi } from '../../../shared/contract/api'

declare global {
  interface Window {
    /** The contract, exposed by the Electron preload; absent in a browser tab. */
    midad?: MidadApi
  }
}

export {}
