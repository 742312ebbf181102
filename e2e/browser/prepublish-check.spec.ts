import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { storedArticleId } from './body-keys'
import { articleScreen, startNewArticle, typeInBody, waitUntilSaved } from './newsroom-page'
import { writeNewsPhoto } from './test-image'
import { drawFramesLate, slowFrames } from './late-frames'

const headline = 'قمة المناخ تختتم أعمالها'
// A space slipped before the comma, so typing left it Latin: between two Arabic words.
const lede = 'افتتحت القمة ,وسط حضور كبير.'

test('the pre-publish check finds a picture without alt text, takes the journalist to it, and blocks export until it is fixed', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  const panel = page.getByTestId('check-panel')
  const finding = (rule: string) => panel.locator(`[data-testid="check-finding"][data-rule="${rule}"]`)

  await screen.headline.fill(headline)
  await screen.editor.click()
  await typeInBody(page, lede)
  await page.keyboard.press('Enter')
  await page.getByTestId('figure-file').setInputFiles(photo.path)
  await screen.editorFrame.getByTestId('figure-caption').fill('الوفود في قاعة المؤتمرات')
  await screen.editorFrame.getByTestId('figure-credit').fill('رويترز')
  await waitUntilSaved(page)

  // The panel, refreshed after the save: one error, two warnings (the comma, no lead image).
  await expect(panel.getByTestId('check-errors')).toHaveText('خطأ واحد')
  await expect(panel.getByTestId('check-warnings')).toHaveText('تحذيران')
  await expect(finding('figure_alt_missing')).toContainText('صورة بلا نص بديل')
  await expect(finding('latin_punctuation')).toContainText('علامة لاتينية «,» بين كلمات عربية')
  await expect(finding('latin_punctuation')).toContainText(lede)

  // Click-to-locate: the figure's alt field takes the caret; the paragraph's words are selected.
  await finding('figure_alt_missing').click()
  await expect(screen.editorFrame.getByTestId('figure-alt')).toBeFocused()
  await finding('latin_punctuation').click()
  await expect(screen.editor).toBeFocused()
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(lede)

  // Export for publishing is refused, with the reason, and nothing is written.
  await page.getByTestId('export-html').click()
  await expect(screen.error).toContainText('لم يُصدَّر المقال للنشر: فيه خطأ واحد يجب إصلاحه أولًا')
  await expect(panel).toBeFocused()
  const id = storedArticleId(workspace.dbPath, headline)
  expect(existsSync(join(workspace.dir, 'exports', id))).toBe(false)

  // Alt text written: the error goes after the save, the warnings stay, and export goes through.
  await screen.editorFrame.getByTestId('figure-alt').fill('مندوبون يجلسون في قاعة المؤتمرات')
  await screen.editorFrame.getByTestId('figure-alt').blur()
  await waitUntilSaved(page)
  await expect(panel.getByTestId('check-errors')).toHaveText('لا أخطاء')
  await expect(panel.getByTestId('check-warnings')).toHaveText('تحذيران')
  await expect(finding('latin_punctuation')).toBeVisible()
  await expect(finding('figure_alt_missing')).toHaveCount(0)

  await page.getByTestId('export-html').click()
  await expect(page.getByTestId('export-result')).toHaveText(join(workspace.dir, 'exports', id))
  expect(existsSync(join(workspace.dir, 'exports', id, 'index.html'))).toBe(true)
})

test('a metadata finding focuses its field, in English too', async ({ page, openApp }) => {
  await openApp()
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-locale-en').click()
  await page.getByTestId('close-settings').click()
  await startNewArticle(page)
  const panel = page.getByTestId('check-panel')
  await expect(panel.getByTestId('check-errors')).toHaveText('1 error')
  const missingHeadline = panel.locator('[data-testid="check-finding"][data-rule="headline_missing"]')
  await expect(missingHeadline).toContainText('The article has no headline.')
  await missingHeadline.click()
  await expect(articleScreen(page).headline).toBeFocused()

  await page.getByTestId('export-html').click()
  await expect(articleScreen(page).error).toContainText('The article was not exported for publishing: it has 1 error to fix first')
})

test('a correction typed straight after clicking a finding lands in the block it names, even when the next frame is late', async ({ page, openApp }) => {
  // On a loaded laptop the next frame comes late; the caret must not wait for it.
  await drawFramesLate(page, 2_500)
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.headline.fill(headline)
  await screen.editor.click()
  await typeInBody(page, 'افتتحت القمة أعمالها صباح اليوم.')
  await page.keyboard.press('Enter')
  await page.getByTestId('tb-h2').click()
  await page.keyboard.press('Enter')
  await typeInBody(page, 'وحضر الافتتاح ممثلو مئة دولة.')
  await waitUntilSaved(page)

  const emptyHeading = page.getByTestId('check-panel').locator('[data-testid="check-finding"][data-rule="heading_empty"]')
  await expect(emptyHeading).toBeVisible()
  await slowFrames(page, true)
  await emptyHeading.click()
  await page.keyboard.type('المواقف')
  await slowFrames(page, false)

  await expect(screen.editor.locator('h2')).toHaveText('المواقف')
  await expect(screen.editor.locator('h2 + p')).toHaveText('وحضر الافتتاح ممثلو مئة دولة.')
  await waitUntilSaved(page)
  await expect(emptyHeading).toHaveCount(0)
})
