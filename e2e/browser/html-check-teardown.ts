import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { htmlErrors, pagesForCheckEnv } from './html-checker'

/**
 * One Nu HTML Checker run over every page the suite kept: the run fails when
 * any page has an error, naming the page after the test that exported it.
 */
export default async function teardown(): Promise<void> {
  const folder = process.env[pagesForCheckEnv]
  if (!folder) return
  try {
    const pages = (await readdir(folder)).filter((name) => name.endsWith('.html')).map((name) => join(folder, name))
    if (pages.length === 0) return
    const check = await htmlErrors(...pages)
    if (check.errors !== '' || check.exitCode !== 0) {
      throw new Error(`The Nu HTML Checker found errors in ${pages.length} exported pages:\n${check.errors}`)
    }
    console.log(`The Nu HTML Checker found no errors in the ${pages.length} exported pages.`)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
