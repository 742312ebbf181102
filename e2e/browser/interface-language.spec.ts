import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { articleScreen, chooseEnglish, startNewArticle, typeInBody, waitUntilSaved } from './newsroom-page'

test('the back side\'s refusals are shown in the interface\'s language, and follow a switch while on screen', async ({ page, openApp, workspace }) => {
  const empty = join(workspace.dir, 'فارغ.txt')
  await writeFile(empty, '')
  await openApp()
  await chooseEnglish(page)

  // An import refusal, in English.
  await page.getByTestId('import-file').setInputFiles(empty)
  const error = page.getByTestId('error-message')
  await expect(error).toContainText('is empty: it has no text. Nothing was imported.')

  // Switching back while it is on screen: the same message, now in Arabic.
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-locale-ar').click()
  await page.getByTestId('close-settings').click()
  await expect(error).toContainText('فارغ، لا نص فيه')

  // An export refusal: the folder the export would write into holds a stranger's file.
  await chooseEnglish(page)
  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.section.selectOption('رياضة')
  await screen.headline.fill('Headline for the desk')
  await screen.editor.click()
  await typeInBody(page, 'A paragraph.')
  await waitUntilSaved(page)
  const id = /#\/article\/([0-9a-f-]{36})$/.exec(page.url())?.[1]
  await mkdir(join(workspace.dir, 'exports', id!), { recursive: true })
  await writeFile(join(workspace.dir, 'exports', id!, 'notes.txt'), 'not an export')

  await page.getByTestId('export-html').click()
  await expect(screen.error).toContainText('holds files other than an earlier article export')
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-locale-ar').click()
  await page.getByTestId('close-settings').click()
  await expect(screen.error).toContainText('فيه ملفات أخرى غير تصدير سابق لمقال')
})
