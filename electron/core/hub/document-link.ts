import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type * as Y from 'yjs'
import { HUB_BARRIER_PREFIX } from '../../../shared/hub/hub-wire'

/**
 * One document kept in step with the hub over a shared socket: a Hocuspocus
 * provider, and what the desk needs to know of it (refused, closed, settled).
 */
export interface DocumentLink {
  readonly provider: HocuspocusProvider
  /** Why the hub refused the token or closed this document; null while it has not. */
  readonly stopped: string | null
  /**
   * True once the hub has sent its state, acknowledged every update sent
   * since, and answered a barrier sent after them (so the state this desk
   * sent in reply to the hub's first step was handled too).
   */
  settled(): boolean
  /** Sends a barrier again: after new changes, `settled` waits for its answer. */
  askBarrier(): void
  destroy(): void
}

export interface DocumentLinkOptions {
  socket: HocuspocusProviderWebsocket
  name: string
  doc: Y.Doc
  token: string
  /** A web desk's link: the hub drops what it sends, so only what it receives counts. */
  readOnly: boolean
  /** Anything changed in this link's standing. */
  onChange(): void
}

let barriers = 0

export function linkDocument(options: DocumentLinkOptions): DocumentLink {
  let stopped: string | null = null
  let awaited: string | null = null
  const ask = () => {
    if (!provider.isSynced || stopped) return
    awaited = `${HUB_BARRIER_PREFIX}${++barriers}`
    provider.sendStateless(awaited)
  }
  const provider: HocuspocusProvider = new HocuspocusProvider({
    websocketProvider: options.socket,
    name: options.name,
    document: options.doc,
    token: options.token,
    awareness: null,
    onAuthenticationFailed: ({ reason }) => {
      stopped = reason
      options.onChange()
    },
    onClose: ({ event }) => {
      // The hub closes one document with its reason when it refuses what was sent.
      if (event.reason?.startsWith('hub_')) stopped = event.reason
      awaited = null
      options.onChange()
    },
    onSynced: () => {
      ask()
      options.onChange()
    },
    onStateless: ({ payload }) => {
      if (payload === awaited) awaited = null
      options.onChange()
    },
    onUnsyncedChanges: () => options.onChange()
  })
  // A socket made by the caller carries the document only once it is attached.
  provider.attach()
  return {
    provider,
    get stopped() {
      return stopped
    },
    settled: () => stopped === null && provider.isSynced && awaited === null && (options.readOnly || provider.unsyncedChanges === 0),
    askBarrier: ask,
    destroy: () => provider.destroy()
  }
}
