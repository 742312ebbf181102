import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A fresh user-data folder per test, removed afterwards. The main process's
 * log may still be finishing a line into it when a test ends (its close is
 * not awaited at quit), so the removal retries a folder that is not empty yet.
 */
export function tempProfile(): { dir: string; dbPath: string; remove(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'midad-shell-'))
  return { dir, dbPath: join(dir, 'midad.sqlite'), remove: () => rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 }) }
}
