import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'

test('settings shows the log: the browser host cannot open its folder, so it names midad.log beside the database', async ({ page, openApp, workspace }) => {
  await openApp()
  await page.getByTestId('open-settings').click()
  const settings = page.getByTestId('settings')
  await expect(settings.getByRole('heading', { name: 'سجل مداد' })).toBeVisible()

  await settings.getByTestId('show-log').click()
  const named = settings.getByTestId('log-file')
  await expect(named).toContainText('السجل في الملف:')
  await expect(named.locator('code')).toHaveText(join(workspace.dir, 'midad.log'))

  // It is the host's real log: the new database's schema steps are in it.
  await expect
    .poll(() => {
      try {
        return readFileSync(join(workspace.dir, 'midad.log'), 'utf8')
      } catch {
        return ''
      }
    })
    .toContain('database schema step applied')

  // In English too.
  await settings.getByTestId('settings-locale-en').click()
  await expect(settings.getByTestId('show-log')).toHaveText('Show log')
  await settings.getByTestId('show-log').click()
  await expect(named).toContainText('the log is the file:')
})

test('settings that do not reach the window leave the defaults in place, and the log says so', async ({ page, openApp, workspace }) => {
  // The back side answers the settings with a failure, as a transport would.
  await page.route('**/api/getSettings', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'database is locked' } }) }))
  await openApp()
  await expect(page.getByTestId('article-list').or(page.getByTestId('library-empty')).first()).toBeVisible()
  await expect
    .poll(() => {
      try {
        return readFileSync(join(workspace.dir, 'midad.log'), 'utf8')
      } catch {
        return ''
      }
    })
    .toContain('the window got past a failure: the newsroom settings did not load; the defaults are in use')
  expect(readFileSync(join(workspace.dir, 'midad.log'), 'utf8')).toContain('internal: database is locked')
})
