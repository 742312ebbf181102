import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { readStore } from './stored-article'

test('an article the check refuses for publishing can still be exported as a marked draft that is never indexed', async ({ page, openApp, workspace }) => {
  await openApp()
  // No headline yet: an error of the pre-publish check.
  const screen = await startWriting(page)
  await typeInBody(page, 'مسودة أولى عن اجتماع المجلس البلدي.')
  await waitUntilSaved(page)

  await page.getByTestId('export-html').click()
  await expect(screen.error).toContainText('لم يُصدَّر المقال للنشر')
  await page.getByTestId('export-draft').click()

  const [stored] = readStore(workspace.dbPath).articles
  const folder = join(workspace.dir, 'exports', stored!.id)
  await expect(page.getByTestId('export-result')).toHaveText(folder)
  await expect(page.getByText('صُدّرت مسودة المقال (لا للنشر) إلى المجلد:')).toBeVisible()
  const exported = readFileSync(join(folder, 'index.html'), 'utf8')
  expect(exported).toContain('<meta name="robots" content="noindex">')
  expect(exported).toContain('<p class="draft-mark">مسودة لم تُنشر</p>')
  expect(exported).not.toContain('datePublished')
})
