import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pagesForCheckEnv } from './html-checker'

/** The folder the suite's exported pages are kept in until the one HTML check; workers inherit its name. */
export default async function setup(): Promise<void> {
  process.env[pagesForCheckEnv] = await mkdtemp(join(tmpdir(), 'midad-e2e-pages-'))
}
