import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { openArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { pressUnderArabicLayout, storedBody } from './body-keys'
import { checkHtmlAfterSuite } from './html-checker'

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
  const screen = await startWriting(page, headline)
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
  expect(body.match(new RegExp(`<p dir="ltr" lang="en">${english}</p>`, 'g'))).toHaveLength(2)
  // Valid HTML: checked with the suite's other exported pages, in one Nu HTML Checker run after the last test.
  await checkHtmlAfterSuite(indexHtml)
})

test('shortcuts work by key position under the Arabic keyboard layout, and the sheet lists them', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page, 'اختصارات')
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
  await expect(sheet.locator('tr')).toHaveCount(20)
  await expect(sheet).toContainText('Alt+F10')
  // Review's chords are listed with the rest.
  await expect(sheet.locator('tr', { hasText: 'تعليق على الكلمات المحددة' })).toContainText('Ctrl+Alt+M')
  await expect(sheet.locator('tr', { hasText: 'التبديل بين التحرير والاقتراح' })).toContainText('Ctrl+Shift+Alt+X')
})

test('English typed in a right-to-left paragraph gets English quotes once switched, the next paragraph follows its first letter, and the page marks it English', async ({
  page,
  openApp,
  workspace
}) => {
  await openApp()
  const screen = await startWriting(page, 'قمة موسكو')
  await typeInBody(page, 'قال الرئيس:')
  await page.keyboard.press('Enter')
  // Typed before the paragraph was switched: right-to-left quotes, ”…“.
  await typeInBody(page, 'He said "we are ready"')
  const englishLine = screen.editor.locator('p', { hasText: 'He said' })
  await expect(englishLine).toHaveText('He said \u201Dwe are ready\u201C')

  await page.getByTestId('tb-direction').click()
  await expect(englishLine).toHaveAttribute('dir', 'ltr')
  await expect(englishLine).toHaveText('He said \u201Cwe are ready\u201D')

  // Enter after the English block, then Arabic: the new paragraph runs right-to-left.
  await screen.editor.focus()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'وأضاف')
  const arabicLine = screen.editor.locator('p', { hasText: 'وأضاف' })
  await expect(arabicLine).toHaveCSS('direction', 'rtl')
  await expect(arabicLine).not.toHaveAttribute('dir', /.*/)
  // And after the English block, English goes on left-to-right.
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'Then he left')
  await expect(screen.editor.locator('p', { hasText: 'Then he left' })).toHaveAttribute('dir', 'ltr')
  await waitUntilSaved(page)

  const stored = storedBody(workspace.dbPath, 'قمة موسكو')
  const blocks = (stored.content ?? []).filter((n) => n.type === 'paragraph' && n.content?.length)
  expect(blocks.map((p) => [p.attrs?.dir ?? null, p.content?.map((t) => t.text).join('')])).toEqual([
    [null, 'قال الرئيس:'],
    ['ltr', 'He said \u201Cwe are ready\u201D'],
    ['ltr', 'Then he left'],
    [null, 'وأضاف']
  ])

  await page.getByTestId('export-html').click()
  const result = page.getByTestId('export-result')
  await expect(result).not.toBeEmpty()
  const published = await readFile(join((await result.innerText()).trim(), 'index.html'), 'utf8')
  expect(published).toContain('<p dir="ltr" lang="en">He said \u201Cwe are ready\u201D</p>')
  expect(published).toContain('<p dir="ltr" lang="en">Then he left</p>')
  expect(published).toContain('<p>وأضاف</p>')
})
