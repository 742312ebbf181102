import { join } from 'node:path'
import { appPageUrl, isAppPageUrl } from './app-protocol'

/**
 * Where the renderer lives, and the one question every guard asks: is this
 * URL the app's own page? Navigation guards and the IPC sender check share
 * this answer, so a page the window was never meant to show can neither stay
 * loaded nor speak the contract.
 */
export interface RendererLocation {
  /** What the window loads. */
  readonly url: string
  /** The built renderer's folder, served on the app scheme; absent while a dev server serves it. */
  readonly rendererDir: string | undefined
  /** The dev server's origin while developing, for the relaxed dev CSP. */
  readonly devServerOrigin: string | undefined
  isAppPage(url: string): boolean
}

export function rendererLocation(options: {
  /** The build's out/ folder (out/renderer/index.html lives under it). */
  outDir: string
  /** electron-vite's ELECTRON_RENDERER_URL; honoured only in an unpackaged app. */
  devServerUrl?: string | undefined
  packaged: boolean
}): RendererLocation {
  const devUrl = !options.packaged ? parseHttpUrl(options.devServerUrl) : undefined
  if (devUrl) {
    return {
      url: devUrl.href,
      rendererDir: undefined,
      devServerOrigin: devUrl.origin,
      isAppPage: (url) => parse(url)?.origin === devUrl.origin
    }
  }
  return {
    url: appPageUrl,
    rendererDir: join(options.outDir, 'renderer'),
    devServerOrigin: undefined,
    isAppPage: isAppPageUrl
  }
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

function parseHttpUrl(url: string | undefined): URL | undefined {
  const parsed = url ? parse(url) : undefined
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed : undefined
}
