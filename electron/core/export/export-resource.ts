import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { MidadError } from '../../../shared/contract/errors'

// resources/ sits at the app root. From source (tsx, Vitest) this module is
// electron/core/export/; bundled by electron-vite it is out/main/. Both are
// tried so the CLI, the tests and the packaged app read the same files.
const roots = ['../../../resources/export/', '../../resources/export/']

const cache = new Map<string, string>()

/** A template or stylesheet of the exported page (resources/export/), read once. */
export function exportResource(name: string): string {
  const cached = cache.get(name)
  if (cached !== undefined) return cached
  for (const root of roots) {
    try {
      const text = readFileSync(fileURLToPath(new URL(`${root}${name}`, import.meta.url)), 'utf8')
      cache.set(name, text)
      return text
    } catch {
      // try the next layout
    }
  }
  throw new MidadError('export_failed', { detail: `resources/export/${name} is missing` })
}
