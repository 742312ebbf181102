import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { articleScreen, openArticle, startWriting, waitUntilSaved } from './newsroom-page'
import { nodesOfType, readStore, type BodyNode } from './stored-article'

const fixture = (name: string) => readFile(resolve(import.meta.dirname, '../../shared/paste/fixtures', name), 'utf8')

/** A paste as the browser delivers it: one ClipboardEvent carrying HTML and plain text. */
async function paste(page: Page, html: string, text: string): Promise<void> {
  await articleScreen(page).editor.evaluate(
    (editor, { html, text }) => {
      const data = new DataTransfer()
      if (html) data.setData('text/html', html)
      data.setData('text/plain', text)
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    },
    { html, text }
  )
}

const cellTexts = (table: BodyNode): string[][] =>
  (table.content ?? []).map((row) => (row.content ?? []).map((cell) => JSON.stringify(cell).match(/"text":"([^"]*)"/g)?.map((t) => t.slice(8, -1)).join('') ?? ''))

test('a table pasted from Word stays a table: a row and a column added, a caption written, it survives a reload and is exported as a semantic table', async ({ page, openApp, workspace }) => {
  await openApp()
  const screen = await startWriting(page, 'نتائج الجولة الأولى')
  await paste(page, await fixture('word-table-clipboard.html'), 'المرشح\tالأصوات')

  const table = screen.editor.locator('table')
  await expect(table).toHaveCount(1)
  await expect(table.locator('tr')).toHaveCount(2)
  await expect(screen.editor.locator(':scope > p')).toHaveText(['نتائج الجولة الأولى:', 'وتجرى الجولة الثانية الأحد.'])

  // Into the last cell, then the table tools: a row below, a column after, the first row as headers.
  await table.locator('td').last().click()
  await expect(page.getByTestId('table-tools')).toBeVisible()
  await page.getByTestId('tb-table-add-row').click()
  await expect(table.locator('tr')).toHaveCount(3)
  await table.locator('tr').last().locator('td').first().click()
  await page.keyboard.type('خالد العمر')
  await page.getByTestId('tb-table-add-column').click()
  await page.getByTestId('tb-table-header-row').click()
  await expect(page.getByTestId('tb-table-header-row')).toHaveAttribute('aria-pressed', 'true')
  await expect(table.locator('tr')).toHaveCount(3)
  await expect(table.locator('tr').first().locator('th')).toHaveCount(3)
  await expect(table.locator('tr').last().locator('td')).toHaveCount(3)
  // The toolbar's table buttons are named by what they show and described for a screen reader.
  const addRow = page.getByRole('group', { name: 'الجدول' }).getByRole('button', { name: 'صف +' })
  await expect(addRow).toBeVisible()
  await expect(addRow).toHaveAccessibleDescription('أضف صفًا تحت هذا الصف')

  await page.getByTestId('table-caption').fill('نتائج الفرز الأولية')
  await screen.editor.locator(':scope > p').last().click()
  await waitUntilSaved(page)

  await page.reload()
  await openArticle(page, 'نتائج الجولة الأولى')
  await expect(screen.editor.locator('table tr')).toHaveCount(3)
  await expect(page.getByTestId('table-caption')).toHaveValue('نتائج الفرز الأولية')
  const stored = JSON.parse(readStore(workspace.dbPath).articles[0]?.body_json ?? '{}') as BodyNode
  const [saved] = nodesOfType(stored, 'table')
  expect(saved?.attrs?.caption).toBe('نتائج الفرز الأولية')
  expect(cellTexts(saved!)).toEqual([
    // The new column came after the caret's (the first): to its left, in Arabic.
    ['المرشح', '', 'الأصوات'],
    ['سالم الأحمد', '', '١٢٬٤٠٥'],
    ['خالد العمر', '', '']
  ])

  await page.getByTestId('export-html').click()
  const result = page.getByTestId('export-result')
  await expect(result).not.toBeEmpty()
  const published = await readFile(join((await result.innerText()).trim(), 'index.html'), 'utf8')
  expect(published).toContain('<div class="table-scroll" role="region" aria-label="نتائج الفرز الأولية" tabindex="0"><table><caption>نتائج الفرز الأولية</caption><thead><tr><th scope="col"><p><strong>المرشح</strong></p></th>')
  expect(published).toContain('<td><p>خالد العمر</p></td>')
})

test('a table is inserted from the slash menu with the keyboard, three columns under a header row', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page)
  await page.keyboard.type('/جدول')
  await expect(page.getByTestId('slash-table')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(screen.editor.locator('table tr')).toHaveCount(3)
  await expect(screen.editor.locator('table tr').first().locator('th')).toHaveCount(3)
  // The caret is in the first header cell: typing fills it, Tab moves on.
  await page.keyboard.type('البلد')
  await page.keyboard.press('Tab')
  await page.keyboard.type('العدد')
  await expect(screen.editor.locator('table th')).toHaveText(['البلد', 'العدد', ''])

  // Tab stays in the table, so Alt+F10 reaches its tools; Enter adds a row and the caret comes back.
  await page.keyboard.press('Alt+F10')
  await expect(page.getByTestId('tb-table-add-row')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(screen.editor.locator('table tr')).toHaveCount(4)
  await expect(screen.editor).toBeFocused()
})

test('a Word paste with a file:// picture, a comment and a footnote names what it left out and leaves no empty paragraph', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page)
  await paste(page, await fixture('word-picture-footnote-clipboard.html'), 'وصل الوفد')

  const notice = page.getByTestId('paste-notice')
  await expect(notice).toBeVisible()
  await expect(notice).toHaveAttribute('role', 'status')
  await expect(notice).toContainText('صورة واحدة')
  await expect(notice).toContainText('تعليق واحد')
  await expect(notice).toContainText('حاشية واحدة')
  await expect(screen.editor.locator(':scope > p')).toHaveText(['وصل الوفد إلى المطار صباحًا.', 'وعقد اجتماعًا مغلقًا.'])
  await expect(screen.editor).not.toContainText('[1]')

  // A paste that keeps everything takes the notice away.
  await paste(page, '<p>فقرة كاملة</p>', 'فقرة كاملة')
  await expect(notice).toBeHidden()
})

test('plain text wrapped with single line breaks is pasted as paragraphs split at its blank lines', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page)
  await paste(page, '', 'أعلنت الوزارة اليوم\nعن خطة جديدة.\n\nوقال الوزير إن الخطة\nتبدأ قريبًا.')
  await expect(screen.editor.locator(':scope > p')).toHaveText(['أعلنت الوزارة اليوم عن خطة جديدة.', 'وقال الوزير إن الخطة تبدأ قريبًا.'])
})
