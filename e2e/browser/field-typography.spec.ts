import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { articleScreen, startNewArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { writeNewsPhoto } from './test-image'

test('with Arabic-Indic digits and « », the headline, kicker, caption, credit and attribution type like the body, and the page shows one digit style', async ({
  page,
  openApp,
  workspace
}) => {
  const photo = await writeNewsPhoto(workspace.dir)
  await openApp()
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-quoteStyle-guillemets').click()
  await expect(page.getByTestId('settings-quoteStyle-guillemets')).toBeChecked()
  await page.getByTestId('settings-digitStyle-arabic-indic').click()
  await expect(page.getByTestId('settings-digitStyle-arabic-indic')).toBeChecked()
  await page.getByTestId('close-settings').click()

  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.headline.click()
  await page.keyboard.type('قمة 3 أيام, قال "نعم"')
  await expect(screen.headline).toHaveValue('قمة ٣ أيام، قال «نعم»')
  await screen.kicker.click()
  await page.keyboard.type('الحلقة 2')
  await expect(screen.kicker).toHaveValue('الحلقة ٢')

  await screen.editor.click()
  await typeInBody(page, 'بدأت القمة عام 2026')
  await page.getByTestId('figure-file').setInputFiles(photo.path)
  const caption = screen.editorFrame.getByTestId('figure-caption')
  await caption.click()
  await page.keyboard.type('وداع الرئيس, "شكرا" 1')
  await expect(caption).toHaveValue('وداع الرئيس، «شكرا» ١')
  const credit = screen.editorFrame.getByTestId('figure-credit')
  await credit.click()
  await page.keyboard.type('وكالة 24')
  await expect(credit).toHaveValue('وكالة ٢٤')
  await screen.editorFrame.getByTestId('figure-alt').fill('مصافحة')

  // The slug is an address: Western digits whatever the newsroom writes.
  const slug = page.getByTestId('field-slug')
  await slug.click()
  await page.keyboard.press('End')
  await page.keyboard.type('-٣')
  await expect(slug).toHaveValue(/-3$/)
  await waitUntilSaved(page)

  await page.getByTestId('export-html').click()
  const result = page.getByTestId('export-result')
  await expect(result).not.toBeEmpty()
  const published = await readFile(join((await result.innerText()).trim(), 'index.html'), 'utf8')
  const body = published.slice(published.indexOf('<body>'))
  expect(body).toContain('<h1>قمة ٣ أيام، قال «نعم»</h1>')
  expect(body).toContain('الحلقة ٢')
  expect(body).toContain('بدأت القمة عام ٢٠٢٦')
  expect(body).toContain('<figcaption>وداع الرئيس، «شكرا» ١ — <span class="credit">وكالة ٢٤</span></figcaption>')
  // One digit style on the page the reader sees.
  expect(body.replace(/<[^>]*>/g, '')).not.toMatch(/[0-9]/)
})

test('a quote’s attribution types like the body', async ({ page, openApp }) => {
  await openApp()
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-digitStyle-arabic-indic').click()
  await expect(page.getByTestId('settings-digitStyle-arabic-indic')).toBeChecked()
  await page.getByTestId('close-settings').click()
  const screen = await startWriting(page, 'اقتباس')
  await typeInBody(page, 'كلام الوزير')
  await page.keyboard.press('Control+Shift+KeyB')
  const attribution = screen.editorFrame.getByTestId('quote-attribution')
  await expect(attribution).toBeVisible()
  await attribution.click()
  await page.keyboard.type('الوزير, 2026')
  await expect(attribution).toHaveValue('الوزير، ٢٠٢٦')
})
