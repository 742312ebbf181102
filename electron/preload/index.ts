import { contextBridge, ipcRenderer } from 'electron'
import type { MidadApi } from '../../shared/contract/api'
import { operationNames } from '../../shared/contract/operation-names'
import { channelFor, EVENT_CHANNEL } from '../../shared/contract/wire'

// The names and channels come from the contract's zod-free modules: importing
// the schemas would drag zod into this bundle as `require('zod')`, which a
// sandboxed preload cannot load. Each member forwards one operation on its own
// channel: no generic send, no ipcRenderer, nothing else reaches the page.
const api = Object.fromEntries(
  operationNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input)])
) as MidadApi

contextBridge.exposeInMainWorld('midad', api)

// The contract's events, on the one channel the main process sends them on.
// The page gets a way to listen and to stop, never the channel itself; it
// checks each event against the contract before acting on it.
contextBridge.exposeInMainWorld('midadEvents', {
  subscribe(listener: (name: string, payload: unknown) => void): () => void {
    const receive = (_event: unknown, message: unknown) => {
      const { name, payload } = (message ?? {}) as { name?: unknown; payload?: unknown }
      if (typeof name === 'string') listener(name, payload)
    }
    ipcRenderer.on(EVENT_CHANNEL, receive)
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, receive)
  }
})
