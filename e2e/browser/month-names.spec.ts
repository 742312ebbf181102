import Database from 'better-sqlite3'
import { levantineMonths } from '../../shared/text/article-date'
import { test, expect } from './fixtures'
import { articleScreen, startNewArticle, waitUntilSaved } from './newsroom-page'
import { openStoredRows, readStore } from './stored-article'

function storedMonthNames(dbPath: string): unknown {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  try {
    const row = db.prepare("SELECT value_json FROM settings WHERE key = 'monthNames'").get() as { value_json: string } | undefined
    return row ? JSON.parse(row.value_json) : undefined
  } finally {
    db.close()
  }
}

test('the newsroom names the months the Levantine way, and the article’s dates follow at once and after a reload', async ({ page, openApp, workspace }) => {
  await openApp()
  await startNewArticle(page)
  await articleScreen(page).headline.fill('افتتاح معرض الكتاب')
  await waitUntilSaved(page)
  // The month the page shows the creation in (the browser's zone is the machine's, as here).
  const [stored] = readStore(workspace.dbPath).articles
  const created = readStoreCreatedAt(workspace.dbPath, stored!.id)
  const levantine = levantineMonths[new Date(created).getMonth()]!
  const westernName = new Intl.DateTimeFormat('ar', { month: 'long' }).format(new Date(created))
  await expect(page.getByTestId('article-created')).toContainText(westernName)

  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-month-names').selectOption('levantine')
  await expect(page.getByTestId('settings-notice')).toHaveText('حُفظت الإعدادات.')
  expect(storedMonthNames(workspace.dbPath)).toBe('levantine')
  await page.getByTestId('close-settings').click()
  await expect(page.getByTestId('article-created')).toContainText(levantine)
  await expect(page.getByTestId('article-created')).not.toContainText(westernName)

  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-month-names').selectOption('both')
  await expect(page.getByTestId('settings-notice')).toHaveText('حُفظت الإعدادات.')
  await page.getByTestId('close-settings').click()
  await expect(page.getByTestId('article-created')).toContainText(`${levantine}/${westernName}`)

  await page.reload()
  await page.getByTestId('open-settings').click()
  await expect(page.getByTestId('settings-month-names')).toHaveValue('both')
})

function readStoreCreatedAt(dbPath: string, id: string): string {
  const db = openStoredRows(dbPath)
  try {
    return (db.prepare('SELECT created_at FROM articles WHERE id = ?').get(id) as { created_at: string }).created_at
  } finally {
    db.close()
  }
}
