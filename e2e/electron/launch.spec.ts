import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { operationNames } from '../../shared/contract/operations'
import { findElectronBinary } from '../../scripts/electron-binary.js'
import { readStore } from '../browser/stored-article'

// The real desktop app: built main, sandboxed preload and renderer, on a
// throwaway profile. Needs an Electron binary (never downloadable on the
// offline build machines) and, on Linux without a display, `xvfb-run -a`.
const root = join(import.meta.dirname, '..', '..')
const binary = findElectronBinary(root)

const skipReason = binary.available
  ? undefined
  : `Electron binary not available on this machine (${binary.reason}); the browser project drives the same renderer through the host`
test.skip(skipReason !== undefined, skipReason)
// The list reporter shows a skip without its reason; say it plainly.
if (skipReason) console.log(`[electron] skipped: ${skipReason}`)

const headline = 'مجلس الوزراء يقر موازنة العام المقبل'

let profile: string

test.beforeEach(() => {
  profile = mkdtempSync(join(tmpdir(), 'midad-electron-'))
})

test.afterEach(() => {
  rmSync(profile, { recursive: true, force: true })
})

async function launchMidad(): Promise<ElectronApplication> {
  if (!binary.available) throw new Error('unreachable: the suite is skipped without Electron')
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
    throw new Error('out/main/index.js is missing: run `npm run build` before the Electron project')
  }
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value
  env.MIDAD_USER_DATA = profile
  // The built page, never a dev server; Electron itself, never Node.
  delete env.ELECTRON_RENDERER_URL
  delete env.ELECTRON_RUN_AS_NODE
  // Chromium refuses to start its OS sandbox as root (containers, CI).
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : []
  return electron.launch({ executablePath: binary.path, args: ['.', ...rootOnly], cwd: root, env })
}

/** Read as a second program would, from the profile's SQLite file. */
function headlinesOnDisk(): string[] {
  const dbPath = join(profile, 'midad.sqlite')
  return existsSync(dbPath) ? readStore(dbPath).articles.map((article) => article.headline) : []
}

test('a journalist starts an article, types an Arabic headline, and it is on disk', async () => {
  const app = await launchMidad()
  try {
    const page = await app.firstWindow()
    await page.getByTestId('new-article').click()
    await page.getByTestId('field-headline').fill(headline)
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 })
    await expect.poll(headlinesOnDisk).toEqual([headline])

    // What the page can reach: the contract, and nothing of Node or Electron.
    const reach = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>
      return {
        midad: Object.keys((scope.midad as object | undefined) ?? {}).sort(),
        require: typeof scope.require,
        process: typeof scope.process,
        ipcRenderer: typeof scope.ipcRenderer
      }
    })
    expect(reach).toEqual({ midad: [...operationNames].sort(), require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' })
  } finally {
    await app.close()
  }

  const again = await launchMidad()
  try {
    const page = await again.firstWindow()
    await expect(page.getByTestId('article-item').filter({ hasText: headline })).toHaveCount(1)
  } finally {
    await again.close()
  }
})

test('closing the window straight after typing still saves the headline', async () => {
  const app = await launchMidad()
  try {
    const page = await app.firstWindow()
    await page.getByTestId('new-article').click()
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 })
    await page.getByTestId('field-headline').fill(headline)

    // The close button, as the journalist presses it: the page holds the close,
    // flushes the save, then closes; the app then quits on its own.
    const exited = app.waitForEvent('close')
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close())
    await exited
  } finally {
    await app.close()
  }
  expect(headlinesOnDisk()).toEqual([headline])
})
