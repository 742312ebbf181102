import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh user-data folder per test, removed afterwards. */
export function tempProfile(): { dir: string; dbPath: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'midad-shell-'))
  return { dir, dbPath: join(dir, 'midad.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) }
}
