import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { articleScreen, openArticle, startNewArticle, typeInBody, useToolbar, waitUntilSaved } from './newsroom-page'
import { nodesOfType, readStore, textOf, type BodyNode } from './stored-article'
import { writeNewsPhoto } from './test-image'
import { checkHtmlAfterSuite } from './html-checker'

const story = {
  section: 'أخبار',
  headline: 'البلدية تعلن خطة جديدة للنقل العام',
  dek: 'ثلاثون حافلة كهربائية تدخل الخدمة قبل الصيف',
  byline: 'سلمى الحداد',
  lead: 'أعلنت البلدية اليوم عن خطة جديدة للنقل العام',
  subheading: 'تفاصيل الخطة',
  detail: 'تشمل الخطة ثلاثين حافلة كهربائية',
  quote: 'سنبدأ التنفيذ في الربيع',
  attribution: 'رئيس البلدية',
  caption: 'حافلة كهربائية في محطة الانطلاق',
  credit: 'أ ف ب',
  alt: 'حافلة بيضاء أمام مبنى البلدية'
}
// lead 8 + subheading 2 + detail 5 + quote 4; captions and credits are not copy.
const storyWordCount = 19

test('a journalist writes a full article, finds it intact after a reload, and exports valid HTML', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)

  await screen.section.selectOption(story.section)
  await screen.headline.fill(story.headline)
  await screen.dek.fill(story.dek)
  await screen.byline.fill(story.byline)

  await screen.editor.click()
  await typeInBody(page, story.lead)
  await page.keyboard.press('Enter')
  await typeInBody(page, story.subheading)
  await useToolbar(page, 'tb-h2')
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await typeInBody(page, story.detail)
  await page.keyboard.press('Enter')
  await useToolbar(page, 'tb-quote')
  await typeInBody(page, story.quote)
  // Enter on the empty line after a quote leaves the quote, as in any editor.
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await screen.editorFrame.getByTestId('quote-attribution').fill(story.attribution)

  await page.getByTestId('figure-file').setInputFiles(photo.path)
  const figureCaption = screen.editorFrame.getByTestId('figure-caption')
  await expect(figureCaption).toBeVisible()
  await figureCaption.fill(story.caption)
  await screen.editorFrame.getByTestId('figure-credit').fill(story.credit)
  await screen.editorFrame.getByTestId('figure-alt').fill(story.alt)

  await waitUntilSaved(page)

  // What the journalist sees after a reload.
  await page.reload()
  await openArticle(page, story.headline)
  await expect(screen.section).toHaveValue(story.section)
  await expect(screen.dek).toHaveValue(story.dek)
  await expect(screen.byline).toHaveValue(story.byline)
  await expect(screen.editor.locator('p').first()).toHaveText(story.lead)
  await expect(screen.editor.locator('h2')).toHaveText(story.subheading)
  await expect(screen.editor.locator('p', { hasText: story.detail })).toBeVisible()
  await expect(screen.editor.locator('blockquote')).toContainText(story.quote)
  await expect(screen.editorFrame.getByTestId('quote-attribution')).toHaveValue(story.attribution)
  await expect(screen.editorFrame.getByTestId('figure-caption')).toHaveValue(story.caption)
  await expect(screen.editorFrame.getByTestId('figure-credit')).toHaveValue(story.credit)
  await expect(screen.editorFrame.getByTestId('figure-alt')).toHaveValue(story.alt)
  const picture = screen.editorFrame.locator('img').first()
  await expect(picture).toBeVisible()
  // The picture really came back from the host's media route, not a stale blob.
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(photo.width)

  // What is in the SQLite file.
  const { articles, mediaCount } = readStore(workspace.dbPath)
  expect(articles).toHaveLength(1)
  const row = articles[0]!
  expect(row).toMatchObject({ section: story.section, headline: story.headline, dek: story.dek, byline: story.byline })
  expect(row.word_count).toBe(storyWordCount)
  expect(mediaCount).toBe(1)
  const body = JSON.parse(row.body_json) as BodyNode
  const headings = nodesOfType(body, 'heading')
  expect(headings.map((h) => [h.attrs?.level, textOf(h)])).toEqual([[2, story.subheading]])
  const quotes = nodesOfType(body, 'quote')
  expect(quotes).toHaveLength(1)
  expect(quotes[0]?.attrs?.attribution).toBe(story.attribution)
  expect(textOf(quotes[0]!)).toBe(story.quote)
  const figures = nodesOfType(body, 'figure')
  expect(figures).toHaveLength(1)
  expect(figures[0]?.attrs).toMatchObject({ caption: story.caption, credit: story.credit, alt: story.alt })
  const mediaId = String(figures[0]?.attrs?.mediaId)
  expect(mediaId).toMatch(/^[0-9a-f]{64}\.jpe?g$/)

  // The published page.
  await page.getByTestId('export-html').click()
  const result = page.getByTestId('export-result')
  await expect(result).not.toBeEmpty()
  const folder = (await result.innerText()).trim()
  expect(folder.startsWith(workspace.dir)).toBe(true)
  const indexHtml = join(folder, 'index.html')
  expect(existsSync(indexHtml)).toBe(true)
  // The photo is published as web renditions of itself (800 px wide: 480 and 800, WebP and JPEG).
  const stem = mediaId.replace(/\.[a-z]+$/, '')
  for (const file of [`${stem}-480w.jpg`, `${stem}-800w.jpg`, `${stem}-480w.webp`, `${stem}-800w.webp`]) {
    expect(existsSync(join(folder, 'images', file)), file).toBe(true)
  }
  // Valid HTML: checked with the suite's other exported pages, in one Nu HTML Checker run after the last test.
  await checkHtmlAfterSuite(indexHtml)
  const published = await readFile(indexHtml, 'utf8')
  for (const text of [story.headline, story.lead, story.subheading, story.quote, story.attribution, story.caption, story.credit]) {
    expect(published).toContain(text)
  }
  expect(published).toContain(`images/${stem}-800w.webp 800w`)

  // The notice describes the exported text; the first change after it retires it.
  await articleScreen(page).editor.click()
  await page.keyboard.press('End')
  await page.keyboard.type('.')
  await expect(result).toBeHidden()
})
