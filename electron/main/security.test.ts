import type { App, Session, Shell } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy, installSecurity } from './security'
import { rendererLocation } from './renderer-location'
import { FakeBrowserWindow, fake } from './testing/fake-electron'

vi.mock('electron', async () => (await import('./testing/fake-electron')).fake.module)

const appPage = 'midad-app://desk/index.html'
const location = rendererLocation({ outDir: '/opt/midad/out', packaged: true })

beforeEach(() => {
  fake.app.removeAllListeners()
  fake.shell.opened.length = 0
  installSecurity({
    app: fake.app as unknown as App,
    session: fake.session.defaultSession as unknown as Session,
    shell: fake.shell as unknown as Shell,
    location
  })
})

function headersFor(url: string, responseHeaders?: Record<string, string[]>): Record<string, string[]> {
  let answered: Record<string, string[]> | undefined
  fake.session.defaultSession.headersListener!({ url, responseHeaders }, (response) => {
    answered = response.responseHeaders
  })
  return answered!
}

function policyOf(headers: Record<string, string[]>): string {
  const entries = Object.entries(headers).filter(([name]) => name.toLowerCase() === 'content-security-policy')
  expect(entries).toHaveLength(1)
  return entries[0]![1].join(', ')
}

describe('content security policy', () => {
  it('is added to every response the app loads', () => {
    const policy = policyOf(headersFor(appPage))
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("script-src 'self';")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    // The preview is a srcdoc frame showing stored pictures; no URL may be framed.
    expect(policy).toContain("frame-src 'none'")
    expect(policy).toContain("img-src 'self' midad-media: data: blob:")
    expect(policyOf(headersFor('midad-media://media/x.png', { 'Content-Type': ['image/png'] }))).toBe(policy)
  })

  it('replaces a looser policy a response brings with it and keeps its other headers', () => {
    const headers = headersFor(appPage, { 'content-security-policy': ["default-src *; script-src 'unsafe-eval' *"], 'Content-Type': ['text/html'] })
    expect(policyOf(headers)).not.toContain('unsafe-eval')
    expect(headers['Content-Type']).toEqual(['text/html'])
  })

  it('allows no eval, no inline script and no remote host', () => {
    const policy = contentSecurityPolicy()
    expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval/)
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).not.toMatch(/https?:|ws:|\*/)
    expect(policy).toMatch(/img-src 'self' midad-media: data: blob:/)
  })

  it('relaxes only for the dev server, and only toward that server', () => {
    const dev = contentSecurityPolicy('http://localhost:5173')
    expect(dev).toContain('connect-src \'self\' http://localhost:5173 ws://localhost:5173')
    expect(dev).not.toContain('unsafe-eval')
    const packaged = rendererLocation({ outDir: '/opt/midad/out', devServerUrl: 'http://localhost:5173', packaged: true })
    expect(packaged.devServerOrigin).toBeUndefined()
  })
})

describe('navigation and new windows', () => {
  it('keeps the window on the app page', () => {
    const { webContents } = new FakeBrowserWindow({})
    expect(webContents.tryNavigate(`${appPage}#/article/1`).prevented).toBe(false)
    expect(webContents.tryNavigate('https://example.com/').prevented).toBe(true)
    expect(webContents.tryNavigate('file:///etc/passwd').prevented).toBe(true)
    expect(webContents.tryNavigate('javascript:alert(1)').prevented).toBe(true)
    expect(webContents.tryRedirect('https://example.com/').prevented).toBe(true)
    expect(webContents.tryFrameNavigate('https://example.com/').prevented).toBe(true)
  })

  it('opens no window; web links go to the system browser, nothing else does', () => {
    const { webContents } = new FakeBrowserWindow({})
    for (const url of ['https://www.aljazeera.net/news', 'http://example.com/', 'mailto:desk@example.com', 'javascript:alert(1)', 'file:///etc/passwd', appPage, 'midad-media://media/x.png', 'midad:article/0b7e6f0e-3c1a-4f4e-9d55-8a1f2b3c4d5e', 'MIDAD:article/0b7e6f0e-3c1a-4f4e-9d55-8a1f2b3c4d5e']) {
      expect(webContents.tryOpenWindow(url)).toEqual({ action: 'deny' })
    }
    expect(fake.shell.opened).toEqual(['https://www.aljazeera.net/news', 'http://example.com/', 'mailto:desk@example.com'])
  })

  it('refuses to attach a webview', () => {
    const { webContents } = new FakeBrowserWindow({})
    expect(webContents.tryAttachWebview().prevented).toBe(true)
  })
})

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const { permissionRequestHandler, permissionCheckHandler } = fake.session.defaultSession
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | undefined
      permissionRequestHandler!({}, permission, (answer) => (granted = answer), {})
      expect(granted).toBe(false)
      expect(permissionCheckHandler!({}, permission, 'file://', {})).toBe(false)
    }
  })
})
