import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import type { Page } from '@playwright/test'
import { storedArticleId, storedBody } from './body-keys'
import { articleScreen, chooseEnglish, libraryRow, openArticle, startNewArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { textOf } from './stored-article'
import type { HostProcess } from './host-process'
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
  await screen.section.selectOption('أخبار العالم')
  await screen.byline.fill('سارة خليل')
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

  // Click-to-locate: the figure's alt field takes the caret; the comma alone is selected, not its paragraph.
  await finding('figure_alt_missing').click()
  await expect(screen.editorFrame.getByTestId('figure-alt')).toBeFocused()
  await finding('latin_punctuation').click()
  await expect(screen.editor).toBeFocused()
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(',')

  // Export for publishing is refused, with the reason, and nothing is written.
  await page.getByTestId('export-html').click()
  await expect(screen.error).toContainText('لم يُصدَّر المقال للنشر: فيه خطأ واحد يجب إصلاحه أولًا')
  // The journalist is sent to the panel, not to a command line.
  await expect(screen.error).not.toContainText('midad')
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
  await chooseEnglish(page)
  await startNewArticle(page)
  const panel = page.getByTestId('check-panel')
  await expect(panel.getByTestId('check-errors')).toHaveText('1 error')
  const missingHeadline = panel.locator('[data-testid="check-finding"][data-rule="headline_missing"]')
  await expect(missingHeadline).toContainText('The article has no headline.')
  await missingHeadline.click()
  await expect(articleScreen(page).headline).toBeFocused()

  await page.getByTestId('export-html').click()
  await expect(articleScreen(page).error).toContainText('The article was not exported for publishing: it has 1 error to fix first')
  await expect(articleScreen(page).error).not.toContainText('midad')
})

test('a correction typed straight after clicking a finding lands in the block it names, even when the next frame is late', async ({ page, openApp }) => {
  // On a loaded laptop the next frame comes late; the caret must not wait for it.
  await drawFramesLate(page, 2_500)
  await openApp()
  const screen = await startWriting(page, headline)
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

/** An article stored with this body (headline, section and byline filled), opened in the app. */
async function openStoredArticle(page: Page, host: HostProcess, openApp: () => Promise<void>, title: string, paragraphs: string[], meta: Record<string, unknown> = {}) {
  const created = await host.call<{ id: string; version: number; meta: Record<string, unknown> }>('createArticle', {
    meta: { headline: title, section: 'أخبار العالم', bylines: ['سارة خليل'], ...meta }
  })
  const body = { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
  await host.call('saveArticle', { id: created.id, baseVersion: created.version, meta: created.meta, body })
  await openApp()
  await libraryRow(page, title).click()
  await expect(articleScreen(page).headline).toHaveValue(title)
}

const findingFor = (page: Page, rule: string) => page.getByTestId('check-panel').locator(`[data-testid="check-finding"][data-rule="${rule}"]`)
const storedParagraphs = (dbPath: string, title: string) => (storedBody(dbPath, title).content ?? []).map(textOf)

test('Backspace after clicking a doubled-space finding removes one space, and the rest of the paragraph stays, after reload too', async ({ page, host, openApp, workspace }) => {
  const title = 'مسافة زائدة في الفقرة'
  const intro = 'افتتحت القمة أعمالها صباح اليوم.'
  const doubled = 'وحضر الافتتاح  ممثلو مئة دولة، وغاب عنه وزراء كثيرون.'
  await openStoredArticle(page, host, openApp, title, [intro, doubled])
  const screen = articleScreen(page)

  await findingFor(page, 'doubled_spaces').click()
  await expect(screen.editor).toBeFocused()
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(' ')
  await page.keyboard.press('Backspace')
  await waitUntilSaved(page)
  await expect(findingFor(page, 'doubled_spaces')).toHaveCount(0)

  const fixed = 'وحضر الافتتاح ممثلو مئة دولة، وغاب عنه وزراء كثيرون.'
  await expect.poll(() => storedParagraphs(workspace.dbPath, title)).toEqual([intro, fixed])
  await page.reload()
  await openArticle(page, title)
  await expect(screen.editor.locator('p')).toHaveText([intro, fixed])
})

test('a letter typed after clicking a long-paragraph finding is added to the paragraph, not typed over it', async ({ page, host, openApp, workspace }) => {
  const title = 'فقرة طويلة جدًا'
  const long = Array.from({ length: 130 }, (_, i) => (i % 2 ? 'المفاوضات' : 'استمرت')).join(' ') + '.'
  const after = 'وانتهت الجلسة مساءً.'
  await openStoredArticle(page, host, openApp, title, [long, after])
  const screen = articleScreen(page)

  await findingFor(page, 'paragraph_long').click()
  await expect(screen.editor).toBeFocused()
  // A caret in the paragraph, nothing selected.
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('')
  await page.keyboard.type('ف')
  await waitUntilSaved(page)

  await expect.poll(() => storedParagraphs(workspace.dbPath, title)).toEqual(['ف' + long, after])
  await page.reload()
  await openArticle(page, title)
  await expect(screen.editor.locator('p')).toHaveText(['ف' + long, after])
  await expect(findingFor(page, 'paragraph_long')).toHaveCount(1)
})

test('header fields are checked too: a finding in the dek focuses the dek at the comma, and a missing byline at the byline field', async ({ page, host, openApp }) => {
  const title = 'قمة المناخ تنتهي'
  const dek = 'اتفق المندوبون على خفض الانبعاثات, وأرجأوا التمويل.'
  await openStoredArticle(page, host, openApp, title, ['افتتحت القمة أعمالها صباح اليوم.'], { dek, bylines: [] })
  const screen = articleScreen(page)

  const dekFinding = findingFor(page, 'latin_punctuation')
  await expect(dekFinding).toContainText('الموجز')
  await dekFinding.click()
  await expect(screen.dek).toBeFocused()
  const selected = await screen.dek.evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart, field.selectionEnd))
  expect(selected).toBe(',')
  await page.keyboard.type('،')
  await expect(screen.dek).toHaveValue('اتفق المندوبون على خفض الانبعاثات، وأرجأوا التمويل.')

  const byline = findingFor(page, 'byline_missing')
  await expect(byline).toContainText('لا توقيع للمقال')
  await byline.click()
  await expect(screen.byline).toBeFocused()
  await page.keyboard.type('سارة خليل')
  await screen.byline.blur()
  await waitUntilSaved(page)
  await expect(byline).toHaveCount(0)
  await expect(dekFinding).toHaveCount(0)
})
