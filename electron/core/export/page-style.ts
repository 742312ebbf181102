import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { MidadError } from '../../../shared/contract/errors'

// resources/ sits at the app root. From source (tsx, Vitest) this module is
// electron/core/export/; bundled by electron-vite it is out/main/. Both are
// tried so the CLI, the tests and the packaged app read the same stylesheet.
const candidates = ['../../../resources/export/article.css', '../../resources/export/article.css']

let cached: string | undefined

/** The page's stylesheet, inlined so the exported folder needs nothing else. */
export function exportStylesheet(): string {
  if (cached !== undefined) return cached
  for (const candidate of candidates) {
    try {
      cached = readFileSync(fileURLToPath(new URL(candidate, import.meta.url)), 'utf8')
      return cached
    } catch {
      // try the next layout
    }
  }
  throw new MidadError('export_failed', { detail: 'resources/export/article.css is missing' })
}
