import type { App, Session, Shell, WebContents } from 'electron'
import { MEDIA_SCHEME } from '../../shared/contract/wire'
import type { RendererLocation } from './renderer-location'

/**
 * The production policy: the renderer runs only its own bundled code, shows
 * its own images (stored ones through midad-media:, pasted ones as data:/blob:)
 * and talks to nothing on the network. 'unsafe-inline' for styles only,
 * because the editor (ProseMirror) and React set style attributes.
 */
const productionPolicy: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", `${MEDIA_SCHEME}:`, 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  // The article preview is a srcdoc frame, which frame-src does not govern;
  // no URL may be framed, so a link followed inside the preview goes nowhere.
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"]
}

/**
 * `electron-vite dev` only (never a packaged app): Vite's React refresh
 * preamble is an inline script and hot reload talks over a websocket to the
 * dev server. Without these the dev window stays blank.
 */
export function contentSecurityPolicy(devServerOrigin?: string): string {
  const policy = structuredClone(productionPolicy)
  if (devServerOrigin) {
    policy['script-src']!.push("'unsafe-inline'")
    policy['connect-src']!.push(devServerOrigin, devServerOrigin.replace(/^http/, 'ws'))
  }
  return Object.entries(policy).map(([directive, sources]) => `${directive} ${sources.join(' ')}`).join('; ')
}

/** Every response the session serves carries our policy, replacing any other. */
export function installContentSecurityPolicy(session: Session, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
    )
    responseHeaders['Content-Security-Policy'] = [policy]
    callback({ responseHeaders })
  })
}

/** No camera, microphone, location, notifications, clipboard reads… nothing. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * Guards for every webContents the app ever creates (the main window
 * included): it may show only the app's own page, may not open windows or
 * attach webviews. A link a journalist follows opens in the system browser
 * only if it is a web or mail address: the app's own schemes (an article link
 * midad:article/…, midad-media:, midad-app:) mean nothing to the operating
 * system and are never handed to its opener.
 */
export function guardWebContents(contents: WebContents, location: RendererLocation, shell: Shell): void {
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.on('will-navigate', (event, url) => {
    if (!location.isAppPage(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!location.isAppPage(url)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    if (!location.isAppPage(event.url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebOrMailAddress(url)) {
      shell.openExternal(url).catch((error: unknown) => console.error('Midad: could not open link in the browser', error))
    }
    return { action: 'deny' }
  })
}

function isWebOrMailAddress(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) && url.length <= 2048 && !/[\s<>"]/.test(url)
}

export function installSecurity(options: { app: App; session: Session; shell: Shell; location: RendererLocation }): void {
  const { app, session, shell, location } = options
  installContentSecurityPolicy(session, contentSecurityPolicy(location.devServerOrigin))
  denyAllPermissions(session)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, location, shell))
}
