import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { checkHtmlAfterSuite } from './html-checker'
import { test, expect } from './fixtures'
import { articleScreen, startNewArticle, typeInBody, waitUntilSaved } from './newsroom-page'

function storedSetting(dbPath: string, key: string): unknown {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  try {
    const row = db.prepare('SELECT value_json FROM settings WHERE key = ?').get(key) as { value_json: string } | undefined
    return row ? JSON.parse(row.value_json) : undefined
  } finally {
    db.close()
  }
}

test('the newsroom sets its site; a bad pattern is refused with its reason; the export links and describes the article on that site', async ({
  page,
  openApp,
  workspace
}) => {
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.section.selectOption('رياضة')
  await screen.headline.fill('فوز كبير في النهائي')
  await screen.editor.click()
  await typeInBody(page, 'انتهت المباراة بفوز الفريق.')
  await waitUntilSaved(page)

  await page.getByTestId('open-settings').click()
  const site = page.getByTestId('settings-site')
  await site.getByTestId('settings-site-name').fill('مداد نيوز')
  await site.getByTestId('settings-site-base-url').fill('https://news.example/')
  await site.getByTestId('settings-site-base-url').blur()
  // Stored, and shown, without the trailing slash.
  await expect(site.getByTestId('settings-site-base-url')).toHaveValue('https://news.example')
  await expect.poll(() => storedSetting(workspace.dbPath, 'siteBaseUrl')).toBe('https://news.example')
  expect(storedSetting(workspace.dbPath, 'siteName')).toBe('مداد نيوز')

  const pattern = site.getByTestId('settings-article-url-pattern')
  await pattern.fill('{site}/{category}/{slug}')
  await pattern.blur()
  await expect(page.getByTestId('settings').getByTestId('error-message')).toContainText('{category}')
  await expect(pattern).toHaveValue('')
  expect(storedSetting(workspace.dbPath, 'articleUrlPattern')).toBe('')

  await pattern.fill('{site}/{section}/{slug}/')
  await pattern.blur()
  await expect(page.getByTestId('settings-notice')).toBeVisible()
  await expect.poll(() => storedSetting(workspace.dbPath, 'articleUrlPattern')).toBe('{site}/{section}/{slug}/')
  await page.getByTestId('close-settings').click()

  await page.getByTestId('export-html').click()
  const result = page.getByTestId('export-result')
  await expect(result).not.toBeEmpty()
  const folder = (await result.innerText()).trim()
  const canonical = `https://news.example/${encodeURIComponent('رياضة')}/${encodeURIComponent('فوز-كبير-في-النهائي')}/`
  const published = await readFile(join(folder, 'index.html'), 'utf8')
  expect(published).toContain(`<link rel="canonical" href="${canonical}">`)
  expect(published).toContain('<meta property="og:site_name" content="مداد نيوز">')
  expect(published).toContain('"@type":"BreadcrumbList"')
  // Valid HTML: checked with the suite's other exported pages, in one Nu HTML Checker run after the last test.
  await checkHtmlAfterSuite(join(folder, 'index.html'))
  const fragment = await readFile(join(folder, 'fragment.html'), 'utf8')
  expect(published).toContain(fragment)
  expect(fragment).not.toMatch(/<script|<style/)
  const ninjs = JSON.parse(await readFile(join(folder, 'ninjs.json'), 'utf8')) as { uri: string; bodies: { value: string }[] }
  expect(ninjs.uri).toBe(canonical)
  expect(ninjs.bodies[0]!.value).toBe(fragment.trimEnd())
  expect(existsSync(join(folder, 'images'))).toBe(false)
})

test('two site fields left in quick succession are both kept, however slowly the first is stored', async ({ page, openApp, workspace }) => {
  // The first save answers late, as on a busy machine.
  let saves = 0
  await page.route('**/api/saveSettings', async (route) => {
    if (++saves === 1) await new Promise((resolve) => setTimeout(resolve, 800))
    await route.continue()
  })
  await openApp()
  await page.getByTestId('open-settings').click()
  const site = page.getByTestId('settings-site')
  await site.getByTestId('settings-site-name').fill('مداد نيوز')
  await site.getByTestId('settings-site-base-url').fill('https://news.example')
  await site.getByTestId('settings-site-base-url').blur()
  await expect.poll(() => storedSetting(workspace.dbPath, 'siteBaseUrl')).toBe('https://news.example')
  expect(storedSetting(workspace.dbPath, 'siteName')).toBe('مداد نيوز')
  await expect(site.getByTestId('settings-site-name')).toHaveValue('مداد نيوز')
})
