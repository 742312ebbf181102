import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Where the renderer lives, and the one question every guard asks: is this
 * URL the app's own page? Navigation guards and the IPC sender check share
 * this answer, so a page the window was never meant to show can neither stay
 * loaded nor speak the contract.
 */
export interface RendererLocation {
  readonly load: { kind: 'file'; path: string } | { kind: 'url'; url: string }
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
      load: { kind: 'url', url: devUrl.href },
      devServerOrigin: devUrl.origin,
      isAppPage: (url) => parse(url)?.origin === devUrl.origin
    }
  }
  const indexPath = join(options.outDir, 'renderer', 'index.html')
  const indexUrl = pathToFileURL(indexPath)
  return {
    load: { kind: 'file', path: indexPath },
    devServerOrigin: undefined,
    // Query and hash are the renderer's own business (routing); the file is not.
    isAppPage: (url) => {
      const candidate = parse(url)
      return candidate?.protocol === 'file:' && candidate.host === indexUrl.host && samePath(candidate.pathname, indexUrl.pathname)
    }
  }
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

// Node and Chromium may percent-encode a path (spaces, Arabic folder names)
// differently; the decoded path is what names the file.
function samePath(a: string, b: string): boolean {
  try {
    return decodeURIComponent(a) === decodeURIComponent(b)
  } catch {
    return false
  }
}

function parseHttpUrl(url: string | undefined): URL | undefined {
  const parsed = url ? parse(url) : undefined
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed : undefined
}
