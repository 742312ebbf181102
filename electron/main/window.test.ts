import { describe, expect, it, vi } from 'vitest'
import { createArticleWindow } from './window'
import { rendererLocation } from './renderer-location'
import { fake, type FakeBrowserWindow } from './testing/fake-electron'

vi.mock('electron', async () => (await import('./testing/fake-electron')).fake.module)

const packaged = rendererLocation({ outDir: '/opt/midad/out', packaged: true })

function open(location = packaged): FakeBrowserWindow {
  return createArticleWindow({ preloadPath: '/opt/midad/out/preload/index.cjs', location, title: 'مداد' }) as unknown as FakeBrowserWindow
}

describe('the article window', () => {
  it('isolates the page from Node and Electron', () => {
    const prefs = open().options.webPreferences!
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/opt/midad/out/preload/index.cjs'
    })
    expect(prefs.webviewTag).not.toBe(true)
  })

  it('loads the built page on the app scheme, never from file:, and shows it only once painted', () => {
    const window = open()
    expect(window.loaded).toEqual({ url: 'midad-app://desk/index.html' })
    expect(window.options.show).toBe(false)
    expect(window.options.title).toBe('مداد')
    expect(window.visible).toBe(false)
    window.emit('ready-to-show')
    expect(window.visible).toBe(true)
  })

  it('loads the dev server only in an unpackaged app', () => {
    const dev = rendererLocation({ outDir: '/opt/midad/out', devServerUrl: 'http://localhost:5173/', packaged: false })
    expect(open(dev).loaded).toEqual({ url: 'http://localhost:5173/' })
    const shipped = rendererLocation({ outDir: '/opt/midad/out', devServerUrl: 'http://evil.example/', packaged: true })
    expect(open(shipped).loaded).toEqual({ url: 'midad-app://desk/index.html' })
  })

  it('leaves a close to the page, so a pending save can hold it and flush', () => {
    const window = open()
    expect(window.listenerCount('close')).toBe(0)
    expect(window.webContents.listenerCount('will-prevent-unload')).toBe(0)
    // Electron cancels the close when the page's beforeunload asks it to;
    // the shell neither forces it through nor destroys the window.
    window.webContents.on('will-prevent-unload', () => {})
    expect(window.userClose().prevented).toBe(false)
    expect(fake.calls).not.toContain('window.destroy')
  })
})
