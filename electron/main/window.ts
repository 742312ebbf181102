import { BrowserWindow } from 'electron'
import type { RendererLocation } from './renderer-location'

/**
 * The article window. Security switches are spelled out even where they are
 * Electron's defaults, so a reader (and the tests) can see them.
 *
 * Closing is left to Electron on purpose: the renderer holds a close with
 * `beforeunload` while a save is pending, flushes, then closes again. A
 * `close` handler that destroyed the window, or a `will-prevent-unload`
 * handler, would throw that last edit away.
 */
export function createArticleWindow(options: { preloadPath: string; location: RendererLocation; title: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false
    }
  })
  // Shown once painted, so the journalist never sees an empty white frame.
  window.once('ready-to-show', () => window.show())
  window.loadURL(options.location.url).catch((error: unknown) => console.error('Midad: the window could not load the app page', error))
  return window
}
