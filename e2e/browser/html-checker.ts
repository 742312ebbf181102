import { execFile } from 'node:child_process'
import { copyFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { randomUUID } from 'node:crypto'
import { test } from '@playwright/test'

const vnuJar = resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar')

/** Where the suite's pages wait for the checker: made by html-check-setup.ts, read by html-check-teardown.ts. */
export const pagesForCheckEnv = 'MIDAD_E2E_PAGES_FOR_HTML_CHECK'

/**
 * Keeps an exported page for the Nu HTML Checker, which runs once over every
 * page the suite kept, after the last test (html-check-teardown.ts): starting
 * Java is most of its cost. The copy is named after the test that made it,
 * so an error points back at that test.
 */
export async function checkHtmlAfterSuite(file: string): Promise<void> {
  const folder = process.env[pagesForCheckEnv]
  if (!folder) throw new Error(`${pagesForCheckEnv} is not set: the HTML check needs playwright.config.ts's globalSetup`)
  const title = test.info().titlePath.join(' › ').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 150)
  await copyFile(file, join(folder, `${title}-${randomUUID().slice(0, 8)}.html`))
}

/** The Nu HTML Checker's errors for the given files; an empty string means valid. */
export function htmlErrors(...files: string[]): Promise<{ exitCode: number; errors: string }> {
  return new Promise((done, fail) => {
    execFile('java', ['-jar', vnuJar, '--errors-only', ...files], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        fail(new Error(`could not run the HTML checker (is Java installed?): ${error.message}`))
        return
      }
      done({ exitCode: typeof error?.code === 'number' ? error.code : 0, errors: `${stdout}${stderr}`.trim() })
    })
  })
}
