import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { articleScreen } from './newsroom-page'
import { readStore } from './stored-article'

const sample = resolve(import.meta.dirname, '../../electron/core/import/fixtures/world-news.txt')
const headline = 'بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي'

const library = (page: Page) => ({
  list: page.getByTestId('article-list'),
  items: page.getByTestId('article-item'),
  count: page.locator('.library-count'),
  importFile: page.getByTestId('import-file'),
  error: page.getByTestId('error-message')
})

test('importing the world-news sample opens it with its section, headline, three subheadings and the figure waiting for its picture', async ({ page, openApp, workspace }) => {
  await openApp()
  await expect(page.getByTestId('import-article')).toBeVisible()
  await library(page).importFile.setInputFiles(sample)

  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue(headline)
  await expect(screen.section).toHaveValue('أخبار العالم')
  await expect(screen.editor.locator('h2')).toHaveCount(3)
  await expect(screen.editor.locator('h2').nth(0)).toHaveText('عمق الشراكة الاستراتيجية وتحدي الهيمنة الأحادية')
  await expect(screen.editorFrame.getByTestId('figure-choose')).toHaveCount(1)
  await expect(screen.editorFrame.getByTestId('figure-caption')).toHaveValue('بوتين خلال مكالمة فيديو مع الرئيس الصيني شي جين بينغ')
  await expect(screen.editorFrame.getByTestId('figure-credit')).toHaveValue('أ ف ب')
  await expect(screen.editor).toContainText('وصف الرئيس الروسي فلاديمير بوتين')
  for (const chrome of ['مقالات ذات صلة', 'اترك تعليقاً', 'زر الذهاب إلى الأعلى']) {
    await expect(screen.editor).not.toContainText(chrome)
  }

  const [stored] = readStore(workspace.dbPath).articles
  expect(stored?.section).toBe('أخبار العالم')
  expect(stored?.headline).toBe(headline)

  await screen.backToLibrary.click()
  await expect(library(page).items).toHaveCount(1)
  await expect(library(page).count).toHaveText('مقال واحد')
})

test('a hostile HTML file imports as text only: nothing in it runs, its text is there', async ({ page, openApp, workspace }) => {
  const hostile = join(workspace.dir, 'hostile.html')
  await writeFile(
    hostile,
    `<!doctype html><html><head><script>window.__pwned = 'head'</script></head>
     <body onload="window.__pwned = 'onload'"><h1>عنوان الصفحة المريبة</h1>
     <p onclick="window.__pwned = 'click'" onmouseover="window.__pwned = 'hover'">فقرة سليمة <a href="javascript:window.__pwned='link'">رابط خادع</a> في الصفحة.</p>
     <img src="x" onerror="window.__pwned = 'img'"><svg onload="window.__pwned = 'svg'"></svg>
     <iframe srcdoc="<script>parent.__pwned = 'frame'</script>"></iframe>
     <script>window.__pwned = 'body'</script></body></html>`
  )
  await openApp()
  await library(page).importFile.setInputFiles(hostile)

  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue('عنوان الصفحة المريبة')
  await expect(screen.editor).toContainText('فقرة سليمة رابط خادع في الصفحة.')
  const paragraph = screen.editor.locator('p').first()
  await paragraph.hover()
  await paragraph.click()
  await expect(screen.editor.locator('a[href^="javascript"], img, iframe, svg, script')).toHaveCount(0)
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(readStore(workspace.dbPath).articles[0]?.body_json).not.toMatch(/pwned|javascript|onerror|onclick/)
})

test('a damaged Word file is refused with a message naming it, and nothing is created', async ({ page, openApp, workspace }) => {
  const damaged = join(workspace.dir, 'تقرير.docx')
  await writeFile(damaged, 'هذا ليس مستند Word')
  await openApp()
  await expect(page.getByTestId('library-empty')).toBeVisible()
  await library(page).importFile.setInputFiles(damaged)

  await expect(library(page).error).toContainText('«تقرير.docx» ليس مستند Word سليمًا')
  await expect(library(page).items).toHaveCount(0)
  await expect(articleScreen(page).headline).toHaveCount(0)
  expect(readStore(workspace.dbPath).articles).toHaveLength(0)
})

test('dropping a Markdown file on the library imports and opens it', async ({ page, openApp }) => {
  await openApp()
  await expect(page.getByTestId('library-empty')).toBeVisible()
  await page.evaluate(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File(['# عنوان من ملف مسحوب\n\n## قسم\n\nنص **مهم**.\n'], 'dropped.md', { type: 'text/markdown' }))
    const target = document.querySelector('.library-screen')!
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }
  })
  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue('عنوان من ملف مسحوب')
  await expect(screen.editor.locator('h2')).toHaveText('قسم')
  await expect(screen.editor.locator('strong')).toHaveText('مهم')
})

test('importing a page with a table keeps the table, and names the video and the picture it could not keep', async ({ page, openApp, workspace }) => {
  const file = join(workspace.dir, 'مواعيد.html')
  await writeFile(
    file,
    '<!DOCTYPE html><html lang="ar"><body><h1>مواعيد المباريات</h1><p>جدول الجولة.</p><p><img src="https://news.example/a.jpg" alt="ملعب"></p>' +
      '<table><caption>الجولة الأخيرة</caption><tr><th>المباراة</th><th>الموعد</th></tr><tr><td>الأهلي - الزمالك</td><td>الجمعة</td></tr></table>' +
      '<iframe src="https://video.example/embed/1"></iframe></body></html>'
  )
  await openApp()
  await library(page).importFile.setInputFiles(file)

  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue('مواعيد المباريات')
  await expect(screen.editor.locator('table tr')).toHaveCount(2)
  await expect(screen.editorFrame.getByTestId('table-caption')).toHaveValue('الجولة الأخيرة')
  const notice = page.getByRole('status').filter({ hasText: 'استُورد المقال' })
  await expect(notice).toContainText('صورة واحدة')
  await expect(notice).toContainText('عنصر مضمّن واحد')
})

test('a long import can be cancelled: the library is left as it was and says the import stopped', async ({ page, openApp, workspace }) => {
  const long = join(workspace.dir, 'long.html')
  // A whole book of paragraphs: the worker reads it for several seconds.
  await writeFile(long, `<!doctype html><h1>تقرير طويل</h1>${'<div class="x"><p>فقرة <b>من</b> تقرير المراسل عن الجلسة.</p></div>'.repeat(30_000)}`)
  await openApp()
  await library(page).importFile.setInputFiles(long)
  const cancel = page.getByRole('button', { name: 'إلغاء الاستيراد' })
  await expect(page.getByTestId('import-article')).toHaveText('جارٍ الاستيراد…')
  await cancel.click()

  await expect(library(page).error).toContainText('أُلغي استيراد «long.html»، ولم يُنشأ مقال.')
  await expect(cancel).toHaveCount(0)
  await expect(page.getByTestId('import-article')).toHaveText('استيراد ملف')
  await expect(page.getByTestId('import-article')).toBeEnabled()
  expect(readStore(workspace.dbPath).articles).toEqual([])
  // Nothing arrives later either: the cancelled import created no article.
  await page.reload()
  await expect(page.getByTestId('import-article')).toBeVisible()
  expect(readStore(workspace.dbPath).articles).toEqual([])
})
