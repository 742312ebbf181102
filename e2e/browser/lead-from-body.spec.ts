import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { articleScreen, startNewArticle, typeInBody, waitUntilSaved } from './newsroom-page'
import { writeNewsPhoto } from './test-image'

test('a body picture chosen as the lead is said to print once, and the exported page prints it once', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.section.selectOption('رياضة')
  await screen.headline.fill('السوق في يوم الافتتاح')
  await screen.editor.click()
  await typeInBody(page, 'ازدحمت السوق منذ الصباح.')
  await page.getByTestId('figure-file').setInputFiles(photo.path)
  await screen.editorFrame.getByTestId('figure-caption').fill('السوق صباحًا')
  await screen.editorFrame.getByTestId('figure-credit').fill('أ ف ب')
  await screen.editorFrame.getByTestId('figure-alt').fill('متسوقون بين الأكشاك')
  await waitUntilSaved(page)

  await expect(page.getByTestId('lead-image-also-in-body')).toHaveCount(0)
  await page.getByTestId('lead-image-from-article').click()
  await page.getByTestId('lead-image-figure').click()
  await expect(page.getByTestId('lead-image-also-in-body')).toHaveText('هذه الصورة في متن المقال أيضًا؛ تُطبع مرة واحدة، صورةً رئيسية.')
  await waitUntilSaved(page)

  await page.getByTestId('export-html').click()
  const folder = (await page.getByTestId('export-result').innerText()).trim()
  const exported = await readFile(join(folder, 'index.html'), 'utf8')
  expect(exported.match(/<img /g)).toHaveLength(1)
  expect(exported).toContain('class="lead-image"')
})
