import { join } from 'node:path'
import { app, dialog, ipcMain, protocol, session, shell, type BrowserWindow } from 'electron'
import { createHandlers, createOpenedBundles, databasePathFor, envLocale, openCore, type Core } from '../core'
import { MidadError } from '../../shared/contract/errors'
import { translate } from '../../shared/i18n/translate'
import { bindContract, forwardEvents, isAppSender, tellWindow } from './ipc'
import { bundleFolderPicker, exportBatchFolderPicker, exportFolderPicker } from './export-folder'
import { appMediaUrl } from '../../shared/contract/wire'
import { serveMedia } from './media-protocol'
import { logFileBeside, openLog, type FileLog } from '../core'
import { serveApp } from './app-protocol'
import { registerSchemes } from './schemes'
import { fileRevealer, folderOpener } from './open-folder'
import { bundlePathsIn } from './opened-files'
import { rendererLocation } from './renderer-location'
import { contentSecurityPolicy, installSecurity } from './security'
import { createArticleWindow } from './window'

// out/main/index.js → out/preload/index.cjs and out/renderer/index.html.
const outDir = join(import.meta.dirname, '..')
const preloadPath = join(outDir, 'preload', 'index.cjs')
const locale = envLocale()
const location = rendererLocation({ outDir, devServerUrl: process.env.ELECTRON_RENDERER_URL, packaged: app.isPackaged })

let core: Core | undefined
let log: FileLog | undefined
let articleWindow: BrowserWindow | null = null
let quitting = false
// Review bundles the system opened with Midad, kept until the window takes them.
const openedBundles = createOpenedBundles()
openedBundles.offer(bundlePathsIn(process.argv.slice(1), process.cwd()))

/** A bundle opened while Midad runs: the window is told, and takes it. */
function offerBundles(paths: readonly string[]): void {
  if (openedBundles.offer(paths) > 0) tellWindow(articleWindow?.webContents ?? null, { name: 'bundlesWaiting', payload: {} })
}

// Both must happen before `ready`.
app.enableSandbox()
registerSchemes(protocol)
// A separate profile for tests and for a second newsroom desk on one machine.
if (process.env.MIDAD_USER_DATA) app.setPath('userData', process.env.MIDAD_USER_DATA)

// One Midad per profile: two processes writing one SQLite file would fight
// over its versions. A second launch brings the first window forward.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event: unknown, argv: string[] = [], workingDirectory = process.cwd()) => {
    offerBundles(bundlePathsIn(argv.slice(1), workingDirectory))
    if (!articleWindow) return
    if (articleWindow.isMinimized()) articleWindow.restore()
    articleWindow.focus()
  })
  // macOS hands over a file opened with Midad this way, at launch even before `ready`.
  app.on('open-file', (event: { preventDefault(): void }, path: string) => {
    event.preventDefault()
    offerBundles([path])
  })
  // A quit (menu, Cmd+Q) first closes the window; the page may hold that close
  // to flush a save and close again itself. The quit then has to be resumed.
  app.on('before-quit', () => {
    quitting = true
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Core closes last, after every window has had its chance to flush a save.
  app.on('will-quit', () => {
    core?.close()
    core = undefined
    void log?.close()
  })
  app.whenReady().then(start, (error: unknown) => failToStart(error))
}

function start(): void {
  installSecurity({ app, session: session.defaultSession, shell, location })
  let opened: Core
  try {
    // The profile's own database: MIDAD_USER_DATA chooses another profile, not another file.
    const dbPath = databasePathFor({ userDataDir: app.getPath('userData') })
    log = openLog({ file: logFileBeside(dbPath) })
    opened = openCore({ dbPath, log })
  } catch (error) {
    failToStart(error)
    return
  }
  core = opened
  serveMedia(protocol, opened)
  if (location.rendererDir) {
    serveApp(protocol, { rendererDir: location.rendererDir, contentSecurityPolicy: contentSecurityPolicy(location.devServerOrigin) })
  }
  const handlers = createHandlers(opened, {
    exportsFolderFor: exportFolderPicker({ dialog, parentWindow: () => articleWindow, locale: () => locale }),
    exportBatchFolder: exportBatchFolderPicker({ dialog, parentWindow: () => articleWindow, locale: () => locale }),
    bundleFolder: bundleFolderPicker({ dialog, parentWindow: () => articleWindow, locale: () => locale }),
    mediaUrl: appMediaUrl,
    openFolder: folderOpener(shell),
    revealFile: fileRevealer(shell),
    openedBundles
  })
  bindContract({
    ipcMain,
    handlers,
    isTrustedSender: (event) => isAppSender(event, articleWindow, location),
    locale: () => locale,
    log
  })
  forwardEvents({ events: opened, target: () => articleWindow?.webContents ?? null })
  // A desk that joined a hub keeps its shared articles in step while the app runs.
  opened.startLiveSync()
  openArticleWindow()
  app.on('activate', () => {
    if (!articleWindow) openArticleWindow()
  })
}

function openArticleWindow(): void {
  const window = createArticleWindow({ preloadPath, location, title: translate(locale, 'app.name') })
  window.on('closed', () => {
    if (articleWindow === window) articleWindow = null
    if (quitting) app.quit()
  })
  articleWindow = window
}

/** A database from a newer Midad, an unreadable profile…: say so, touch nothing, quit. */
function failToStart(error: unknown): void {
  const known = error instanceof MidadError ? error : new MidadError('internal')
  if (!(error instanceof MidadError)) console.error('Midad: could not start', error)
  log?.error('Midad could not start', { error })
  dialog.showErrorBox(translate(locale, 'shell.startup_failed_title'), translate(locale, `error.${known.code}`, known.params))
  app.quit()
}
