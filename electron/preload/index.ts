import { contextBridge, ipcRenderer } from 'electron'
import type { MidadApi } from '../../shared/contract/api'
import type { OperationName } from '../../shared/contract/operations'

/**
 * The contract's operation names, without the contract itself: importing
 * `operationNames` would drag zod into this bundle as `require('zod')`, which
 * a sandboxed preload cannot load. `satisfies` makes a missing or extra name a
 * type error, and preload's test checks the list against the contract.
 */
const operations = {
  listArticles: true,
  createArticle: true,
  getArticle: true,
  saveArticle: true,
  deleteArticle: true,
  setArticleStatus: true,
  addImage: true,
  checkArticle: true,
  exportArticle: true,
  beginExportBatch: true,
  openExportFolder: true,
  previewArticle: true,
  importArticle: true,
  cancelImport: true,
  listSections: true,
  saveSections: true,
  getSettings: true,
  saveSettings: true,
  showLog: true
} as const satisfies Record<OperationName, true>

const names = Object.keys(operations) as OperationName[]

// Each member forwards one operation on its own channel: no generic send, no
// ipcRenderer, nothing else reaches the page.
const api = Object.fromEntries(
  names.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`midad:${name}`, input)])
) as MidadApi

contextBridge.exposeInMainWorld('midad', api)
