import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { articleScreen, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { readStore } from './stored-article'

const fixture = (name: string) => readFile(resolve(import.meta.dirname, '../../shared/paste/fixtures', name), 'utf8')

/** A paste as the browser delivers it: one ClipboardEvent carrying HTML and plain text. */
async function paste(page: Page, html: string, text: string): Promise<number> {
  return articleScreen(page).editor.evaluate(
    (editor, { html, text }) => {
      const data = new DataTransfer()
      data.setData('text/html', html)
      data.setData('text/plain', text)
      const started = performance.now()
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      return performance.now() - started
    },
    { html, text }
  )
}

test('a paste from Word keeps headings, nested lists, quote, bold, italic, link and direction, and drops Word’s styling', async ({ page, openApp, workspace }) => {
  await openApp()
  const screen = await startWriting(page, 'لصق من وورد')
  await paste(page, await fixture('word-clipboard.html'), 'قمة المناخ تنطلق في الرياض')

  const editor = screen.editor
  await expect(editor.locator('h2')).toHaveText(['قمة المناخ تنطلق في الرياض'])
  await expect(editor.locator('h3')).toHaveText(['أبرز الملفات', 'ملاحظة ختامية'])
  await expect(editor.locator(':scope > ul > li')).toHaveCount(2)
  await expect(editor.locator('ul ul > li')).toHaveText(['الفحم والنفط'])
  await expect(editor.locator('ol > li')).toHaveText(['الجلسة الافتتاحية', 'كلمة الأمين العام'])
  await expect(editor.locator('blockquote')).toContainText('لا وقت نضيعه')
  await expect(editor.locator('strong')).toHaveText(['صباح الاثنين'])
  await expect(editor.locator('em')).toHaveText(['وفود من ١٩٠ دولة'])
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://example.org/cop?id=7')
  await expect(editor.locator('p[dir="ltr"]')).toHaveText('The clock is ticking.')
  // Word's styling is gone from the text (node views may style their own frames).
  await expect(editor.locator(':is(p, h2, h3, li, ul, ol, strong, em, a):is([style], [class*="Mso"], [lang]), font, o\\:p')).toHaveCount(0)
  await expect(editor).not.toContainText('·')

  await waitUntilSaved(page)
  const body = readStore(workspace.dbPath).articles[0]?.body_json ?? ''
  expect(body).toContain('"dir":"ltr"')
  expect(body).not.toMatch(/mso|Mso|font-family|docs-internal/)
})

test('a paste from Google Docs is not all bold and links to the destination, not Google’s redirect', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page)
  await paste(page, await fixture('google-docs-clipboard.html'), 'الانتخابات البلدية')

  await expect(screen.editor.locator('h2')).toHaveText(['الانتخابات البلدية'])
  await expect(screen.editor.locator('strong')).toHaveText(['النتائج الأولية'])
  await expect(screen.editor.locator(':scope > ul > li')).toHaveCount(2)
  await expect(screen.editor.locator('a')).toHaveAttribute('href', 'https://elections.example/results')
})

test('a 5 MB paste is refused at once with a message, the article is untouched and the editor keeps working', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page)
  await typeInBody(page, 'فقرة قبل اللصق')

  const paragraph = 'هذه فقرة طويلة من نص منسوخ بالخطأ، تتكرر حتى يبلغ الحجم خمسة ميغابايت. '
  const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / (paragraph.length * 2)))
  const html = `<p>${text.replaceAll('. ', '.</p><p>')}</p>`
  const took = await paste(page, html, text)
  console.log(`5 MB paste (${(text.length / 1e6).toFixed(1)} M chars text, ${(html.length / 1e6).toFixed(1)} M chars HTML) handled in ${took.toFixed(0)} ms`)

  await expect(screen.error).toContainText('أطول من أن يكون مقالًا')
  await expect(screen.editor).toHaveText('فقرة قبل اللصق')
  await typeInBody(page, ' وبعده')
  await expect(screen.editor).toHaveText('فقرة قبل اللصق وبعده')
})
