import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { startWriting, typeInBody, useToolbar, waitUntilSaved } from './newsroom-page'
import { storedBody } from './body-keys'
import { writeNewsPhoto } from './test-image'
import { borderBox, caretBox, centreInView, contentBox, inkBox, textBox, wordsBox, type Box } from './geometry'

// The Arabic checklist of docs/arabic-text.md, as the journalist sees it: where text, caret,
// placeholder, markers and rules are drawn, not only which attributes are set.
// The LTR block's undo/redo/copy/paste/reload/export journey is in
// direction.spec.ts; Word and Google Docs pastes are in paste.spec.ts.

/** Sub-pixel text metrics and glyph side bearings: "at the edge" within this. */
const EDGE = 4

const selectedText = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '')

/** How many characters of `block` come before the caret (the selection's moving end). */
const caretOffset = (block: Locator) =>
  block.evaluate((el) => {
    const selection = document.getSelection()!
    const range = document.createRange()
    range.setStart(el, 0)
    range.setEnd(selection.focusNode!, selection.focusOffset)
    return range.toString().length
  })

async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key)
}

const width = (box: Box) => box.right - box.left

/** Exports the open article (saved first) and gives back the published page's HTML. */
async function exportedPage(page: Page): Promise<string> {
  await waitUntilSaved(page)
  await page.getByTestId('export-html').click()
  const result = page.getByTestId('export-result')
  await expect(result).not.toBeEmpty()
  return readFile(join((await result.innerText()).trim(), 'index.html'), 'utf8')
}

test('an empty body shows its placeholder and its caret at the right-hand edge', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page)
  const line = screen.editor.locator('p').first()
  await expect(line).toHaveAttribute('data-placeholder', 'اكتب نص المقال هنا…')

  await centreInView(line)
  const column = await contentBox(line)
  const placeholder = await inkBox(page, column)
  expect(placeholder, 'the placeholder is painted').not.toBeNull()
  expect(column.right - placeholder!.right).toBeLessThan(EDGE)
  expect(column.right - placeholder!.right).toBeGreaterThanOrEqual(0)
  // A short phrase hugging the right, not a line stretched from the left.
  expect(placeholder!.left - column.left).toBeGreaterThan(width(column) / 2)

  const caret = await caretBox(page)
  expect(Math.abs(caret.right - column.right)).toBeLessThan(EDGE)

  // The first letter typed appears where the caret was, and the caret moves on to its left.
  await typeInBody(page, 'ب')
  const afterTyping = await caretBox(page)
  expect(afterTyping.left).toBeLessThan(column.right - 5)
  expect(column.right - afterTyping.left).toBeLessThan(30)
  expect(await inkBox(page, { ...column, right: afterTyping.left - 2 })).toBeNull()
})

test('a paragraph that starts with a Latin brand name, or holds only digits, stays right-to-left and right-aligned', async ({
  page,
  openApp,
  workspace
}) => {
  await openApp()
  const screen = await startWriting(page, 'آيفون في الأسواق')
  await typeInBody(page, 'iPhone 17 يصل إلى الأسواق')
  await page.keyboard.press('Enter')
  await typeInBody(page, '2026')

  const brand = screen.editor.locator('p', { hasText: 'iPhone' })
  const year = screen.editor.locator('p', { hasText: '2026' })
  for (const paragraph of [brand, year]) {
    await expect(paragraph).not.toHaveAttribute('dir', /.*/)
    await expect(paragraph).toHaveCSS('direction', 'rtl')
    const column = await contentBox(paragraph)
    const text = await textBox(paragraph)
    expect(Math.abs(column.right - text.right)).toBeLessThan(EDGE)
    expect(text.left - column.left).toBeGreaterThan(width(column) / 2)
  }
  // Read from the right: the brand name comes first, the Arabic words after it, to its left.
  const iphone = await wordsBox(brand, 'iPhone 17')
  const arrives = await wordsBox(brand, 'يصل')
  expect(iphone.left).toBeGreaterThan(arrives.right)

  await waitUntilSaved(page)
  const stored = (storedBody(workspace.dbPath, 'آيفون في الأسواق').content ?? []).filter((n) => n.content?.length)
  expect(stored.map((p) => p.attrs?.dir ?? null)).toEqual([null, null])
})

test('arrow keys and selections cross bold and link boundaries in mixed Arabic and English text', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page)
  // قال **الرئيس** لوكالة [Reuters](link) إن الاتفاق قريب
  await typeInBody(page, 'قال ')
  await page.keyboard.press('Control+KeyB')
  await typeInBody(page, 'الرئيس')
  await page.keyboard.press('Control+KeyB')
  await typeInBody(page, ' لوكالة Reuters')
  const paragraph = screen.editor.locator('p').first()
  const agency = await wordsBox(paragraph, 'Reuters')
  await page.mouse.dblclick((agency.left + agency.right) / 2, (agency.top + agency.bottom) / 2)
  await expect.poll(() => selectedText(page)).toBe('Reuters')
  await page.keyboard.press('Control+KeyK')
  await page.getByTestId('link-url').fill('https://www.reuters.com/world')
  await page.keyboard.press('Enter')
  await typeInBody(page, ' إن الاتفاق قريب')
  const sentence = 'قال الرئيس لوكالة Reuters إن الاتفاق قريب'
  await expect(paragraph).toHaveText(sentence)
  await expect(paragraph.locator('strong')).toHaveText('الرئيس')
  await expect(paragraph.locator('a')).toHaveText('Reuters')

  // In a right-to-left line ArrowLeft reads on: one character per press,
  // into and out of the bold word and the link, to the end of the line.
  // The caret goes to the start of the line, at its right-hand edge, by a click: under
  // heavy load ProseMirror has been seen to put a Home press back (its observer reads
  // a selection it cannot place and restores its own), which is not what this test is about.
  const column = await contentBox(paragraph)
  await page.mouse.click(column.right - 1, (column.top + column.bottom) / 2)
  await expect.poll(async () => Math.abs((await caretBox(page)).right - column.right)).toBeLessThan(EDGE)
  const forward: number[] = []
  for (let i = 0; i < sentence.length + 2; i++) {
    await page.keyboard.press('ArrowLeft')
    forward.push(await caretOffset(paragraph))
  }
  expect(forward).toEqual([...Array.from({ length: sentence.length }, (_, i) => i + 1), sentence.length, sentence.length])
  // ArrowRight goes back the same way, character by character.
  const backward: number[] = []
  for (let i = 0; i < sentence.length; i++) {
    await page.keyboard.press('ArrowRight')
    backward.push(await caretOffset(paragraph))
  }
  expect(backward).toEqual(Array.from({ length: sentence.length }, (_, i) => sentence.length - 1 - i))
  expect(Math.abs((await caretBox(page)).right - column.right)).toBeLessThan(EDGE)

  // Shift+ArrowLeft selects exactly the bold word, and typing replaces just it.
  await pressTimes(page, 'ArrowLeft', 'قال '.length)
  await pressTimes(page, 'Shift+ArrowLeft', 'الرئيس'.length)
  expect(await selectedText(page)).toBe('الرئيس')
  await typeInBody(page, 'الوزير')
  await expect(paragraph).toHaveText('قال الوزير لوكالة Reuters إن الاتفاق قريب')

  // Shift+End from just before the link takes the link and the rest of the line.
  await page.keyboard.press('Home')
  await pressTimes(page, 'ArrowLeft', 'قال الوزير لوكالة '.length)
  await page.keyboard.press('Shift+End')
  expect(await selectedText(page)).toBe('Reuters إن الاتفاق قريب')
  await typeInBody(page, 'رويترز إن المحادثات مستمرة')
  await expect(paragraph).toHaveText('قال الوزير لوكالة رويترز إن المحادثات مستمرة')

  // Shift+ArrowRight selects backwards from the end of the line, across the bold word.
  await page.keyboard.press('End')
  await pressTimes(page, 'Shift+ArrowRight', ' لوكالة رويترز إن المحادثات مستمرة'.length + 'ير'.length)
  expect(await selectedText(page)).toBe('ير لوكالة رويترز إن المحادثات مستمرة')
  await typeInBody(page, 'ير.')
  await expect(paragraph).toHaveText('قال الوزير.')
})

test('list markers and quote rules sit on the right, and move to the left when the block is switched to left-to-right', async ({
  page,
  context,
  openApp
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp()
  // A headline, so the pre-publish check lets the export at the end through.
  const screen = await startWriting(page, 'مؤتمر الطاقة')
  await typeInBody(page, 'الطاقة المتجددة')
  await useToolbar(page, 'tb-bullet-list')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'النقل العام')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'الجلسة الافتتاحية')
  await useToolbar(page, 'tb-ordered-list')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'نحن مستعدون للتعاون')
  await useToolbar(page, 'tb-quote')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'We are ready to cooperate')
  await useToolbar(page, 'tb-quote')

  const bullets = screen.editor.locator('ul')
  const numbers = screen.editor.locator('ol')
  for (const list of [bullets, numbers]) {
    // The indent is on the right, where the markers hang.
    await expect(list).toHaveCSS('padding-left', '0px')
    expect(parseFloat(await list.evaluate((el) => getComputedStyle(el).paddingRight))).toBeGreaterThan(10)
    const item = list.locator('li').first()
    await centreInView(list)
    const listBox = await borderBox(list)
    const itemBox = await borderBox(item)
    const itemText = await textBox(item.locator('p'))
    expect(Math.abs(itemText.right - itemBox.right)).toBeLessThan(EDGE)
    // The marker is painted in the right-hand indent, beyond the item's text.
    const ink = (await inkBox(page, { ...listBox, bottom: itemBox.bottom }))!
    expect(ink.right).toBeGreaterThan(itemBox.right + 2)
    expect(ink.right).toBeLessThanOrEqual(listBox.right)
    expect(ink.left).toBeGreaterThan(listBox.left + width(listBox) / 2)
  }

  const quotes = screen.editor.locator('.quote-block')
  const arabicQuote = quotes.filter({ hasText: 'نحن مستعدون' })
  const englishQuote = quotes.filter({ hasText: 'We are ready' })
  await expect(arabicQuote).toHaveCSS('border-right-width', '4px')
  await expect(arabicQuote).toHaveCSS('border-left-width', '0px')
  /** The painted width of a quote's rule on one side: 0 when there is none. */
  const rule = async (quote: Locator, side: 'left' | 'right') => {
    await centreInView(quote)
    const box = await borderBox(quote)
    // A strip wider than the rule, so the sheet around it is the background.
    const strip = side === 'right' ? { ...box, left: box.right - 12 } : { ...box, right: box.left + 12 }
    const ink = await inkBox(page, strip)
    if (!ink) return 0
    expect(side === 'right' ? box.right - ink.right : ink.left - box.left, 'the rule touches the block edge').toBeLessThan(1.5)
    return Math.round(ink.right - ink.left)
  }
  expect(await rule(arabicQuote, 'right')).toBe(4)
  expect(await rule(arabicQuote, 'left')).toBe(0)
  const arabicLine = await textBox(arabicQuote.locator('blockquote p'))
  expect(Math.abs(arabicLine.right - (await contentBox(arabicQuote)).right)).toBeLessThan(EDGE)

  // The English quote and the bulleted list switched to left-to-right mirror themselves.
  await englishQuote.locator('blockquote p').click()
  await page.getByTestId('tb-direction').click()
  await expect(page.getByTestId('tb-direction')).toHaveAttribute('aria-pressed', 'true')
  await expect(englishQuote).toHaveCSS('border-left-width', '4px')
  await expect(englishQuote).toHaveCSS('border-right-width', '0px')
  expect(await rule(englishQuote, 'left')).toBe(4)
  expect(await rule(englishQuote, 'right')).toBe(0)
  const englishLine = await textBox(englishQuote.locator('blockquote p'))
  expect(Math.abs(englishLine.left - (await contentBox(englishQuote)).left)).toBeLessThan(EDGE)
  await expect(arabicQuote).toHaveCSS('border-right-width', '4px')

  await bullets.locator('li p').first().click()
  await page.getByTestId('tb-direction').click()
  await expect(bullets).toHaveCSS('padding-right', '0px')
  await centreInView(bullets)
  const listBox = await borderBox(bullets)
  const itemBox = await borderBox(bullets.locator('li').first())
  const ink = (await inkBox(page, { ...listBox, bottom: itemBox.bottom }))!
  expect(ink.left).toBeLessThan(itemBox.left - 2)
  expect(ink.left).toBeGreaterThanOrEqual(listBox.left)
  // The numbered list was not switched with it.
  await expect(numbers).toHaveCSS('padding-left', '0px')

  // The switched quote keeps its direction when copied and pasted, and when published.
  await englishQuote.locator('blockquote p').click()
  await expect(screen.editor).toBeFocused()
  await page.keyboard.press('Control+KeyA')
  await expect.poll(() => selectedText(page)).toContain('We are ready to cooperate')
  await page.keyboard.press('Control+KeyC')
  await page.keyboard.press('Control+End')
  // The editor has taken the caret to the empty last line (right-to-left, so
  // the toggle is released) before anything is pasted; a paste over the
  // whole-body selection would replace the body with itself.
  await expect(page.getByTestId('tb-direction')).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('Control+KeyV')
  await expect(quotes.filter({ hasText: 'We are ready' })).toHaveCount(2)
  for (const copy of await quotes.filter({ hasText: 'We are ready' }).all()) await expect(copy).toHaveCSS('border-left-width', '4px')
  const published = await exportedPage(page)
  expect(published.match(/<figure dir="ltr" lang="en" data-type="quote"><blockquote><p>We are ready to cooperate<\/p><\/blockquote><\/figure>/g)).toHaveLength(2)
  expect(published.match(/<figure data-type="quote"><blockquote><p>نحن مستعدون للتعاون<\/p>/g)).toHaveLength(2)
})

test('a pull quote switched to left-to-right reads from the left in the editor, as on the published page', async ({ page, openApp }) => {
  await openApp()
  // A headline: the pre-publish check refuses to export an article without one.
  const screen = await startWriting(page, 'صداقة بلا حدود')
  await page.keyboard.type('/pull')
  await expect(page.getByTestId('slash-menu')).toBeVisible()
  await page.keyboard.press('Enter')
  await typeInBody(page, 'Our friendship has no limits')
  const pullQuote = screen.editorFrame.locator('[data-type="pull-quote"]')
  const attribution = pullQuote.getByTestId('pull-quote-attribution')
  await attribution.fill('Xi Jinping')
  // Right-to-left first: the attribution's dash stands on the right of the name.
  const dash = pullQuote.locator('.quote-dash')
  expect((await borderBox(dash)).left).toBeGreaterThan((await borderBox(attribution)).right - 1)

  await pullQuote.locator('blockquote p').click()
  await page.getByTestId('tb-direction').click()
  await expect(page.getByTestId('tb-direction')).toHaveAttribute('aria-pressed', 'true')
  await expect(pullQuote.locator('blockquote p')).toHaveCSS('direction', 'ltr')
  expect((await borderBox(dash)).right).toBeLessThan((await borderBox(attribution)).left + 1)
  expect(await exportedPage(page)).toContain('<aside dir="ltr" lang="en" class="pull-quote"><blockquote><p>Our friendship has no limits</p></blockquote>')
})

test('a photo caption is right-to-left and right-aligned, a Latin one too, until its figure is switched to left-to-right', async ({
  page,
  openApp,
  workspace
}) => {
  await openApp()
  const screen = await startWriting(page)
  await page.keyboard.type('/image')
  await expect(page.getByTestId('slash-menu')).toBeVisible()
  await page.keyboard.press('Enter')
  const figure = screen.editorFrame.locator('[data-type="figure"]')
  const caption = figure.getByTestId('figure-caption')

  /** Where the caption's words are painted inside its field. */
  const captionInk = async () => {
    await centreInView(caption)
    const field = await contentBox(caption)
    const ink = await inkBox(page, field)
    expect(ink, 'the caption is painted').not.toBeNull()
    return { field, ink: ink! }
  }

  await caption.fill('الرئيسان في الكرملين')
  await expect(caption).toHaveCSS('direction', 'rtl')
  let { field, ink } = await captionInk()
  expect(field.right - ink.right).toBeLessThan(EDGE)
  expect(ink.left - field.left).toBeGreaterThan(width(field) / 2)

  // A caption in Latin letters is still part of an Arabic page.
  await caption.fill('AFP photo')
  await expect(caption).toHaveCSS('direction', 'rtl')
  ;({ field, ink } = await captionInk())
  expect(field.right - ink.right).toBeLessThan(EDGE)
  expect(ink.left - field.left).toBeGreaterThan(width(field) / 2)

  // Selecting the figure and switching it: the caption reads from the left.
  await figure.locator('.figure-missing > span').first().click()
  await expect(figure).toHaveClass(/is-selected/)
  await page.getByTestId('tb-direction').click()
  await expect(page.getByTestId('tb-direction')).toHaveAttribute('aria-pressed', 'true')
  await expect(caption).toHaveCSS('direction', 'ltr')
  ;({ field, ink } = await captionInk())
  expect(ink.left - field.left).toBeLessThan(EDGE)
  expect(field.right - ink.right).toBeGreaterThan(width(field) / 2)

  // Published as the journalist switched it, once it is publishable: a
  // headline, and the figure's picture, credit and alt text (the pre-publish
  // check refuses the export without them).
  await screen.headline.fill('قمة الكرملين')
  await figure.getByTestId('figure-credit').fill('AFP')
  await figure.getByTestId('figure-alt').fill('The two presidents shaking hands')
  await figure.getByTestId('figure-choose-file').setInputFiles((await writeNewsPhoto(workspace.dir)).path)
  await expect(figure.locator('img')).toBeVisible()
  await expect(caption).toHaveCSS('direction', 'ltr')
  expect(await exportedPage(page)).toMatch(
    /<figure dir="ltr" lang="en"><picture>(?:(?!<\/figure>).)*<\/picture><figcaption>AFP photo — <span class="credit">AFP<\/span><\/figcaption><\/figure>/
  )

  await figure.locator('img').click()
  await expect(figure).toHaveClass(/is-selected/)
  await page.getByTestId('tb-direction').click()
  await expect(caption).toHaveCSS('direction', 'rtl')
})

/**
 * What Chromium puts on the clipboard when a reader copies a story from a news
 * site: the site's navigation, classes, inline computed styles, a style sheet,
 * an English paragraph marked left-to-right, a heading and a list.
 */
const copiedNewsPage = `<meta charset="utf-8"><nav class="site-nav" style="display: flex;"><a href="https://news.example/">الرئيسية</a> <a href="https://news.example/sport">رياضة</a></nav>
<style>.story p { color: #333; font-family: "Noto Naskh Arabic"; }</style>
<div class="story" style="direction: rtl; color: rgb(51, 51, 51); font-family: &quot;Noto Naskh Arabic&quot;;">
<h1 class="story-title" style="font-size: 32px; text-align: right;">افتتاح معرض الكتاب في القاهرة</h1>
<p class="story-lead" style="font-size: 20px; line-height: 1.6; margin: 0px 0px 12px;">افتتح وزير الثقافة الدورة الجديدة بحضور <span style="font-weight: 400; color: rgb(200, 0, 0);">ناشرين من ثلاثين دولة</span>.</p>
<h2 class="story-subhead" style="font-size: 24px;">أبرز الفعاليات</h2>
<ul class="story-list" style="padding-right: 20px; list-style-type: square;"><li style="margin-bottom: 4px;">ندوات فكرية</li><li style="margin-bottom: 4px;">توقيع كتب</li></ul>
<p dir="ltr" lang="en" class="story-quote" style="direction: ltr; text-align: left; color: rgb(90, 90, 90);">Cairo remains the capital of Arabic books.</p>
<p class="story-body" style="font-size: 18px;">ويستمر المعرض أسبوعين.</p>
</div>
<footer class="site-footer">جميع الحقوق محفوظة</footer>`

test('a story copied from a web page keeps its heading, list and English paragraph, drops the site’s styling, and is exported with lang and dir once', async ({
  page,
  openApp
}) => {
  await openApp()
  const screen = await startWriting(page, 'معرض الكتاب')
  await screen.editor.evaluate((editor, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', 'افتتاح معرض الكتاب في القاهرة')
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, copiedNewsPage)

  const editor = screen.editor
  await expect(editor.locator('h2')).toHaveText(['افتتاح معرض الكتاب في القاهرة', 'أبرز الفعاليات'])
  await expect(editor.locator('ul > li')).toHaveText(['ندوات فكرية', 'توقيع كتب'])
  await expect(editor.locator('p[dir="ltr"]')).toHaveText('Cairo remains the capital of Arabic books.')
  await expect(editor).not.toContainText('الرئيسية')
  await expect(editor).not.toContainText('جميع الحقوق محفوظة')
  await expect(editor.locator(':is(p, h2, h3, li, ul, ol, strong, em, a, span):is([style], [class^="story"], [class^="site"])')).toHaveCount(0)

  // Seen: the Arabic copy right-aligned, the English paragraph from the left, in the body's own type.
  const english = editor.locator('p[dir="ltr"]')
  const lead = editor.locator('p', { hasText: 'افتتح وزير الثقافة' })
  await expect(english).toHaveCSS('direction', 'ltr')
  expect((await textBox(english)).left - (await contentBox(english)).left).toBeLessThan(EDGE)
  await expect(lead).toHaveCSS('direction', 'rtl')
  expect((await contentBox(lead)).right - (await textBox(lead)).right).toBeLessThan(EDGE)
  const bodyFont = await editor.evaluate((el) => getComputedStyle(el).fontFamily)
  await expect(lead).toHaveCSS('font-family', bodyFont)
  await expect(lead.locator('span, strong')).toHaveCount(0)
  await expect(editor.locator('ul')).toHaveCSS('list-style-type', 'disc')

  const published = await exportedPage(page)
  // The page is Arabic and right-to-left once, on <html>; only the English paragraph differs.
  expect(published).toMatch(/<html lang="ar" dir="rtl">/)
  expect(published.match(/ lang="ar"/g)).toHaveLength(1)
  expect(published.match(/ dir="rtl"/g)).toHaveLength(1)
  const body = published.slice(published.indexOf('<body'))
  expect(body.match(/ dir="ltr"/g)).toHaveLength(1)
  expect(body).toContain('<p dir="ltr" lang="en">Cairo remains the capital of Arabic books.</p>')
  expect(body).toMatch(/<h2[^>]*>أبرز الفعاليات<\/h2>/)
  expect(body).toMatch(/<ul><li><p>ندوات فكرية<\/p><\/li><li><p>توقيع كتب<\/p><\/li><\/ul>/)
  expect(body).not.toMatch(/style=|story-|site-nav|Noto Naskh/)
})
