import { contextBridge, ipcRenderer } from 'electron'
import type { MidadApi } from '../../shared/contract/api'
import { operationNames } from '../../shared/contract/operation-names'
import { channelFor } from '../../shared/contract/wire'

// The names and channels come from the contract's zod-free modules: importing
// the schemas would drag zod into this bundle as `require('zod')`, which a
// sandboxed preload cannot load. Each member forwards one operation on its own
// channel: no generic send, no ipcRenderer, nothing else reaches the page.
const api = Object.fromEntries(
  operationNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input)])
) as MidadApi

contextBridge.exposeInMainWorld('midad', api)
