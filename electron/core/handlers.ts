import { dirname } from 'node:path'
import type { Article } from '../../shared/article/article'
import type { Handlers } from '../../shared/contract/api'
import { MidadError } from '../../shared/contract/errors'
import type { Core } from './core'
import type { OpenedBundles } from './bundles/opened-bundles'
import { createExportBatches } from './export-batches'
import { logFileBeside } from './log/open-log'

export interface HandlerOptions {
  /**
   * The folder that holds an article's export: the app asks the journalist,
   * the host uses its exports folder. Core writes into its `<article id>/` there.
   */
  exportsFolderFor(article: Article): Promise<string> | string
  /** The folder that holds a batch, asked once; each article goes into its `<article id>/` there. */
  exportBatchFolder(): Promise<string> | string
  /**
   * The folder a review bundle is written into: the app asks the journalist,
   * the host uses its bundles folder. Core names the file itself.
   */
  bundleFolder(): Promise<string> | string
  /** How the app's window loads a stored picture: the contract's appMediaUrl in Electron, hostMediaUrl in the host. */
  mediaUrl(mediaId: string): string
  /**
   * Shows an exported folder in the system's file manager; false when this
   * back side cannot (no desktop), and the journalist is told the folder instead.
   */
  openFolder?(folder: string): Promise<boolean> | boolean
  /** Shows a file in the system's file manager (the log); false when this back side cannot. */
  revealFile?(file: string): Promise<boolean> | boolean
  /** The .midad files the system opened with this back side; none where it cannot be handed files. */
  openedBundles?: OpenedBundles
}

// Standard base64, padded. Node's own decoder skips characters it does not
// know, which would store a silently different picture from a damaged payload.
// (A simple character class: a grouped repetition overflows the regex stack on
// a 25 MB payload.)
const base64 = /^[A-Za-z0-9+/]*={0,2}$/

export function decodeBase64Strictly(text: string, field: string): Uint8Array {
  if (text.length % 4 !== 0 || !base64.test(text)) throw new MidadError('invalid_input', { field }, 'not base64')
  return Buffer.from(text, 'base64')
}

/**
 * The contract's operations over one Core. Every transport (Electron IPC, the
 * loopback host) binds these through `dispatch`, which has already parsed the
 * input against the contract by the time a handler runs.
 */
export function createHandlers(core: Core, options: HandlerOptions): Handlers {
  const batches = createExportBatches()
  // Only a folder this back side itself exported to may be opened: the renderer never names a path.
  const exportedTo = new Map<string, string>()
  // Imports still running, by the id their caller gave them.
  const runningImports = new Map<string, AbortController>()
  // A cancel can overtake its import on the way in (two requests to the
  // host): the id is remembered, and that import stops as it arrives.
  const cancelledEarly = new Set<string>()
  // Only a bundle this back side itself wrote may be shown: the renderer never names a path of its own.
  const bundlesWritten = new Set<string>()
  return {
    listArticles: (request) => core.libraryPage(request),
    openArticleDocument: ({ id, since }) => ({
      state: Buffer.from(core.openArticleDocument(id, since === undefined ? undefined : decodeBase64Strictly(since, 'since'))).toString('base64')
    }),
    sendArticleUpdate: ({ id, update }) => core.applyArticleUpdate(id, decodeBase64Strictly(update, 'update')),
    getProfile: () => core.getProfile(),
    saveProfile: (input) => core.saveProfile(input),
    findPeople: ({ ids }) => core.findPeople(ids),
    listPeople: () => core.listPeople(),
    reportProblem: (problem) => {
      core.reportProblem(problem)
      return {}
    },
    saveRevision: ({ id, label }) => core.saveRevision(id, label),
    listRevisions: ({ id }) => core.articleHistory(id),
    compareRevisions: ({ id, from, to }) => core.compareRevisions(id, from, to),
    restoreRevision: ({ id, revision }) => core.restoreRevision(id, revision),
    closeArticle: ({ id }) => core.closeArticle(id),
    listCommentThreads: ({ id }) => core.listCommentThreads(id),
    addComment: ({ id, comment }) => core.addComment(id, comment),
    listSuggestions: ({ id }) => core.listSuggestions(id),
    decideSuggestions: ({ id, decision, pick }) => core.decideSuggestions(id, decision, pick),
    reviewHistory: ({ id }) => core.reviewHistory(id),
    listMentions: () => core.listMentions(),
    createArticle: ({ meta }) => core.createArticle(meta),
    getArticle: ({ id }) => core.getArticle(id),
    saveArticle: (input) => core.saveArticle(input),
    deleteArticle: ({ id }) => {
      core.deleteArticle(id)
      return { deleted: true as const }
    },
    setArticleStatus: ({ id, status }) => ({ status: core.setArticleStatus(id, status) }),
    addImage: ({ fileName, dataBase64 }) => core.addImage(fileName, decodeBase64Strictly(dataBase64, 'dataBase64')),
    checkArticle: ({ id }) => core.checkArticle(id),
    exportArticle: async ({ id, batchId, draft }) => {
      const article = core.getArticle(id)
      // Refused before the shell asks the journalist for a folder they could not use.
      if (!draft) core.assertPublishable(id)
      const exports = batchId ? batches.folderOf(batchId) : await options.exportsFolderFor(article)
      const exported = await core.exportArticleInto(id, exports, undefined, { draft })
      exportedTo.set(id, exported.folder)
      return exported
    },
    openExportFolder: async ({ id }) => {
      const folder = exportedTo.get(id)
      if (!folder) throw new MidadError('export_folder_unknown')
      return { folder, opened: options.openFolder ? await options.openFolder(folder) : false }
    },
    beginExportBatch: async () => {
      const folder = await options.exportBatchFolder()
      return { batchId: batches.begin(folder), folder }
    },
    previewArticle: async ({ id }) => ({ html: await core.previewArticle(id, options.mediaUrl) }),
    importArticle: async ({ fileName, dataBase64, importId }, context) => {
      const bytes = decodeBase64Strictly(dataBase64, 'dataBase64')
      if (importId === undefined) return core.importArticle(fileName, bytes, { signal: context?.signal })
      if (runningImports.has(importId)) throw new MidadError('invalid_input', { field: 'importId' }, 'already running')
      if (cancelledEarly.delete(importId)) throw new MidadError('cancelled')
      const cancel = new AbortController()
      runningImports.set(importId, cancel)
      try {
        const signal = context?.signal ? AbortSignal.any([cancel.signal, context.signal]) : cancel.signal
        return await core.importArticle(fileName, bytes, { signal })
      } finally {
        runningImports.delete(importId)
      }
    },
    cancelImport: ({ importId }) => {
      const running = runningImports.get(importId)
      if (running) {
        running.abort()
        return { cancelled: true }
      }
      cancelledEarly.add(importId)
      // Only the last few are worth remembering: an id is never reused.
      if (cancelledEarly.size > 32) cancelledEarly.delete(cancelledEarly.values().next().value as string)
      return { cancelled: false }
    },
    listSections: () => core.listSections(),
    saveSections: ({ sections }) => core.saveSections(sections),
    getSettings: () => core.getSettings(),
    saveSettings: ({ settings }) => core.saveSettings(settings),
    // The log sits beside the database: the renderer never names the file it is shown.
    showLog: async () => {
      const file = logFileBeside(core.dbPath)
      return { file, opened: options.revealFile ? await options.revealFile(file) : false }
    },
    sendBundle: async ({ ids, purpose }) => {
      // Refused before the journalist is asked for a folder they could not use.
      for (const id of ids) core.getArticle(id)
      const written = await core.sendBundle(ids, purpose, await options.bundleFolder())
      bundlesWritten.add(written.file)
      return written
    },
    previewBundle: ({ dataBase64 }) => core.previewBundle(decodeBase64Strictly(dataBase64, 'dataBase64')),
    openBundle: ({ dataBase64 }) => core.openBundle(decodeBase64Strictly(dataBase64, 'dataBase64')),
    takeOpenedBundles: () => options.openedBundles?.take() ?? [],
    openBundleFolder: async ({ file }) => {
      if (!bundlesWritten.has(file)) throw new MidadError('export_folder_unknown')
      const folder = dirname(file)
      const opened = options.revealFile ? await options.revealFile(file) : options.openFolder ? await options.openFolder(folder) : false
      return { folder, opened }
    },
    hubStatus: () => core.hubStatus(),
    // The app and the host keep shared articles live from the moment the desk joins.
    joinHub: async ({ url, token }) => {
      await core.joinHub(url, token)
      core.startLiveSync()
      return core.hubStatus()
    },
    leaveHub: () => core.leaveHub(),
    shareArticles: ({ ids, shared }) => core.shareArticles(ids, shared),
    searchArticles: (request) => core.searchArticles(request),
    suggestRelatedArticles: (request) => core.suggestRelated(request)
  }
}
