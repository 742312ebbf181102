import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { articleScreen, openArticle, startNewArticle, typeInBody, waitUntilSaved } from './newsroom-page'
import { pressUnderArabicLayout, storedBody } from './body-keys'
import { htmlErrors } from './html-checker'

const headline = 'بوتين يستقبل شي في الكرملين'
const arabic = 'قال الرئيس الصيني في موسكو'
const english = 'We are ready to deepen our cooperation'

test('an English paragraph switched to left-to-right stays so through undo, redo, copy and paste, reload and export', async ({
  page,
  context,
  openApp,
  workspace
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.headline.fill(headline)
  await screen.editor.click()
  await typeInBody(page, arabic)
  await page.keyboard.press('Enter')
  await typeInBody(page, english)

  const toggle = page.getByTestId('tb-direction')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  const englishLine = screen.editor.locator('p', { hasText: english })
  await expect(englishLine).toHaveAttribute('dir', 'ltr')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  // The Arabic paragraph keeps the article's own direction.
  await expect(screen.editor.locator('p', { hasText: arabic })).not.toHaveAttribute('dir', /.*/)
  // Laid out left to right: the line starts at the left edge of the body.
  const bodyBox = (await screen.editor.boundingBox())!
  const lineStart = await englishLine.evaluate((p) => {
    const range = document.createRange()
    range.selectNodeContents(p)
    return range.getClientRects()[0]!.left
  })
  expect(lineStart - bodyBox.x).toBeLessThan(40)

  await screen.editor.focus()
  await page.keyboard.press('Control+KeyZ')
  await expect(englishLine).not.toHaveAttribute('dir', /.*/)
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('Control+Shift+KeyZ')
  await expect(englishLine).toHaveAttribute('dir', 'ltr')

  // Copy the whole body and paste it after itself: the pasted English
  // paragraph comes back left-to-right too.
  await page.keyboard.press('Control+KeyA')
  await page.keyboard.press('Control+KeyC')
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+KeyV')
  await expect(screen.editor.locator('p[dir="ltr"]')).toHaveCount(2)
  await expect(screen.editor.locator('p[dir="ltr"]').nth(1)).toHaveText(english)
  await waitUntilSaved(page)

  await page.reload()
  await openArticle(page, headline)
  await expect(screen.editor.locator('p[dir="ltr"]')).toHaveCount(2)
  await expect(screen.editor.locator('p', { hasText: arabic }).first()).not.toHaveAttribute('dir', /.*/)

  const stored = storedBody(workspace.dbPath, headline)
  const paragraphs = (stored.content ?? []).filter((n) => n.type === 'paragraph' && n.content?.length)
  expect(paragraphs.map((p) => p.attrs?.dir ?? null)).toEqual([null, 'ltr', null, 'ltr'])

  await page.getByTestId('export-html').click()
  const result = page.getByTestId('export-result')
  await expect(result).not.toBeEmpty()
  const indexHtml = join((await result.innerText()).trim(), 'index.html')
  const published = await readFile(indexHtml, 'utf8')
  const body = published.slice(published.indexOf('<body'))
  // dir="ltr" on exactly the two English paragraphs, nowhere else.
  expect(body.match(/dir="ltr"/g)).toHaveLength(2)
  expect(body.match(new RegExp(`<p dir="ltr">${english}</p>`, 'g'))).toHaveLength(2)
  expect((await htmlErrors(indexHtml)).errors).toBe('')
})

test('shortcuts work by key position under the Arabic keyboard layout, and the sheet lists them', async ({ page, openApp }) => {
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.headline.fill('اختصارات')
  await screen.editor.click()
  await typeInBody(page, 'عنوان فرعي')

  // Ctrl+Alt+2 with the Arabic layout sends "٢", not "2".
  await pressUnderArabicLayout(page, { code: 'Digit2', key: '٢', keyCode: 50, ctrl: true, alt: true })
  await expect(screen.editor.locator('h2')).toHaveText('عنوان فرعي')
  await pressUnderArabicLayout(page, { code: 'Digit0', key: '٠', keyCode: 48, ctrl: true, alt: true })
  await expect(screen.editor.locator('h2')).toHaveCount(0)

  // Ctrl+Shift+X is "ء" on the Arabic layout: the paragraph turns left-to-right.
  await pressUnderArabicLayout(page, { code: 'KeyX', key: 'ْ', keyCode: 88, ctrl: true, shift: true })
  await expect(screen.editor.locator('p', { hasText: 'عنوان فرعي' })).toHaveAttribute('dir', 'ltr')
  await expect(page.getByTestId('tb-direction')).toHaveAttribute('aria-pressed', 'true')

  // Ctrl+Shift+8: a bulleted list, whatever the digit row types.
  await pressUnderArabicLayout(page, { code: 'Digit8', key: '•', keyCode: 56, ctrl: true, shift: true })
  await expect(screen.editor.locator('ul li')).toHaveText('عنوان فرعي')

  // Ctrl+/ is "ظ" on the Arabic layout.
  await pressUnderArabicLayout(page, { code: 'Slash', key: 'ظ', keyCode: 191, ctrl: true })
  const sheet = page.getByTestId('shortcut-sheet')
  await expect(sheet).toBeVisible()
  await expect(sheet).toContainText('اختصارات لوحة المفاتيح')
  await expect(sheet).toContainText('Ctrl+Alt+2')
  await expect(sheet).toContainText('تبديل اتجاه الفقرة')
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()

  // The toolbar opens it too.
  await page.getByTestId('tb-shortcuts').click()
  await expect(sheet).toBeVisible()
  await expect(sheet.locator('tr')).toHaveCount(18)
  await expect(sheet).toContainText('Alt+F10')
})
