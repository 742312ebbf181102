import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { articleScreen, chooseEnglish, libraryRow, openArticle, startNewArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { readStore } from './stored-article'

// The world-news page imports with its figure waiting for a picture: two of
// the check's errors (no picture, no alt text), so export refuses it.
const worldNews = resolve(import.meta.dirname, '../../electron/core/import/fixtures/world-news.txt')
const worldNewsHeadline = 'بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي'

const budget = 'الحكومة تقرّ موازنة العام المقبل'
const bookFair = 'افتتاح معرض الكتاب في بيروت'
const fuel = 'ارتفاع أسعار الوقود للمرة الثالثة'

const library = (page: Page) => ({
  items: page.getByTestId('article-item'),
  count: page.locator('.library-count'),
  filter: (choice: string) => page.getByTestId(`status-filter-${choice}`),
  chip: (headline: string) => libraryRow(page, headline).getByTestId('article-item-status')
})

const batch = (page: Page) => {
  const dialog = page.getByTestId('batch-dialog')
  return {
    open: page.getByTestId('export-batch'),
    dialog,
    choice: (option: string) => dialog.getByTestId(`batch-choice-${option}`),
    count: dialog.getByTestId('batch-count'),
    start: dialog.getByTestId('batch-start'),
    stop: dialog.getByTestId('batch-stop'),
    progress: dialog.getByTestId('batch-progress'),
    progressText: dialog.getByTestId('batch-progress-text'),
    current: dialog.getByTestId('batch-current'),
    outcome: dialog.getByTestId('batch-outcome'),
    exported: dialog.getByTestId('batch-exported'),
    refusedCount: dialog.getByTestId('batch-refused-count'),
    refused: dialog.getByTestId('batch-refused-item'),
    notAttempted: dialog.getByTestId('batch-not-attempted'),
    folder: dialog.getByTestId('batch-folder'),
    error: dialog.getByTestId('batch-error'),
    close: dialog.getByTestId('batch-close')
  }
}

/** The status select, found by its label as a journalist (or a screen reader) would. */
const statusSelect = (page: Page) => page.getByLabel('حالة المقال')

async function setStatus(page: Page, status: string): Promise<void> {
  await statusSelect(page).selectOption(status)
  await expect(page.getByTestId('article-status-saving')).toHaveText('')
}

async function writeArticle(page: Page, headline: string, lede: string): Promise<void> {
  await startWriting(page, headline)
  await typeInBody(page, lede)
  await waitUntilSaved(page)
}

const stored = (dbPath: string, headline: string) => {
  const row = readStore(dbPath).articles.find((article) => article.headline === headline)
  if (!row) throw new Error(`no stored article "${headline}"`)
  return row
}

test('the web desk approves articles on their screens, filters the library by status and exports the approved ones in one batch', async ({ page, openApp, workspace }) => {
  await openApp()
  const screen = articleScreen(page)

  // A new article starts as a draft; approving it stores the status at once,
  // without a new revision of the text.
  await writeArticle(page, budget, 'أقرّ مجلس الوزراء مشروع الموازنة بعد نقاش طويل.')
  await expect(statusSelect(page)).toHaveValue('draft')
  const before = stored(workspace.dbPath, budget)
  await setStatus(page, 'approved')
  expect(stored(workspace.dbPath, budget)).toMatchObject({ status: 'approved', version: before.version })

  // The body keeps saving on the same revision line: the next autosave is not refused as stale.
  // Its words changed, so the approval no longer holds: it is back in review until approved again.
  await screen.editor.click()
  await page.keyboard.press('End')
  await typeInBody(page, ' وتُعرض على البرلمان الأسبوع المقبل.')
  await waitUntilSaved(page)
  expect(stored(workspace.dbPath, budget)).toMatchObject({ status: 'in_review', version: before.version + 1 })
  await expect(screen.error).toHaveCount(0)
  await expect(statusSelect(page)).toHaveValue('in_review')
  await setStatus(page, 'approved')
  expect(stored(workspace.dbPath, budget)).toMatchObject({ status: 'approved', version: before.version + 1 })

  // The status survives a reload of the page.
  await page.reload()
  await openArticle(page, budget)
  await expect(statusSelect(page)).toHaveValue('approved')
  await screen.backToLibrary.click()

  // The second one is set from the keyboard: Tab to the select, arrows to the status.
  await writeArticle(page, bookFair, 'افتُتح معرض الكتاب بمشاركة ثلاثمئة دار نشر.')
  await statusSelect(page).focus()
  await page.keyboard.press('ArrowDown') // قيد المراجعة
  await page.keyboard.press('ArrowDown') // معتمد
  await expect(statusSelect(page)).toHaveValue('approved')
  await expect(page.getByTestId('article-status-saving')).toHaveText('')
  await screen.backToLibrary.click()

  // A third stays a draft.
  await writeArticle(page, fuel, 'رفعت الحكومة أسعار الوقود مجددًا.')
  await screen.backToLibrary.click()

  // The imported page is approved too, though its figure still has no picture.
  await page.getByTestId('import-file').setInputFiles(worldNews)
  await expect(screen.headline).toHaveValue(worldNewsHeadline)
  await setStatus(page, 'approved')
  await screen.backToLibrary.click()

  // Each row says its status.
  await expect(library(page).items).toHaveCount(4)
  await expect(library(page).chip(budget)).toHaveAttribute('data-status', 'approved')
  await expect(library(page).chip(budget)).toContainText('معتمد')
  await expect(library(page).chip(fuel)).toHaveAttribute('data-status', 'draft')
  await expect(library(page).chip(fuel)).toContainText('مسودة')

  // Filtered to the approved ones: three, the draft out of sight.
  await expect(library(page).filter('approved').locator('..')).toContainText('معتمد (3)')
  await library(page).filter('approved').check()
  await expect(library(page).items).toHaveCount(3)
  await expect(libraryRow(page, fuel)).toHaveCount(0)
  await expect(library(page).count).toHaveText('3 مقالات')
  await library(page).filter('published').check()
  await expect(library(page).items).toHaveCount(0)
  await expect(page.getByTestId('filter-empty')).toHaveText('لا مقالات بحالة «منشور».')
  await library(page).filter('all').check()
  await expect(library(page).items).toHaveCount(4)

  // The batch: approved by default, three of them.
  const b = batch(page)
  await b.open.click()
  await expect(b.choice('approved')).toBeChecked()
  await expect(b.count).toHaveText('ستُصدَّر 3 مقالات')
  // No published article: nothing to start, and the dialog says why.
  await b.choice('published').check()
  await expect(b.start).toBeDisabled()
  await expect(b.count).toContainText('لا مقالات بحالة «منشور» للتصدير')
  await b.choice('approved').check()
  await expect(b.start).toBeEnabled()
  await b.start.click()

  // The progress reaches the end, then the summary.
  await expect(b.progressText).toHaveText('3 من 3 مقالات')
  await expect(b.progress).toHaveAttribute('value', '3')
  await expect(b.progress).toHaveAttribute('max', '3')
  await expect(b.outcome).toHaveText('انتهى التصدير')
  await expect(b.exported).toHaveText('صُدِّر مقالان')
  await expect(b.refusedCount).toHaveText('رُفض مقال واحد')
  const exportsDir = join(workspace.dir, 'exports')
  await expect(b.folder).toHaveText(exportsDir)
  await expect(b.refused).toHaveCount(1)
  await expect(b.refused).toContainText(worldNewsHeadline)
  await expect(b.refused.getByTestId('batch-refused-reason')).toContainText('لم يُصدَّر المقال للنشر: فيه خطآن يجب إصلاحهما أولًا')
  await expect(b.close).toBeFocused()

  // On disk: one folder per exported article, none for the refused one or the draft.
  const ids = { budget: stored(workspace.dbPath, budget).id, bookFair: stored(workspace.dbPath, bookFair).id }
  expect((await readdir(exportsDir)).sort()).toEqual([ids.budget, ids.bookFair].sort())
  for (const id of Object.values(ids)) {
    expect(existsSync(join(exportsDir, id, 'index.html'))).toBe(true)
    expect(existsSync(join(exportsDir, id, 'fragment.html'))).toBe(true)
    expect(existsSync(join(exportsDir, id, 'ninjs.json'))).toBe(true)
  }

  // The refused article is one click away, with the check showing what to fix.
  await b.refused.getByTestId('batch-open-article').click()
  await expect(screen.headline).toHaveValue(worldNewsHeadline)
  await expect(page.getByTestId('check-errors')).toHaveText('خطآن')
  await expect(statusSelect(page)).toHaveValue('approved')
})

test('Cancel stops a batch after the article being exported, and a closed folder picker just returns to the dialog', async ({ page, openApp, workspace }) => {
  await openApp()
  const screen = articleScreen(page)
  const headlines = ['الخبر الأول في الدفعة', 'الخبر الثاني في الدفعة', 'الخبر الثالث في الدفعة']
  for (const headline of headlines) {
    await writeArticle(page, headline, 'فقرة قصيرة من نص الخبر.')
    await setStatus(page, 'approved')
    await screen.backToLibrary.click()
  }
  const b = batch(page)
  await b.open.click()
  await expect(b.count).toHaveText('ستُصدَّر 3 مقالات')

  // The desktop shell answers `cancelled` when the journalist closes its
  // folder picker; the browser host never asks, so that answer is played here.
  await page.route('**/api/beginExportBatch', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'cancelled', message: 'أُلغي اختيار المجلد.' } } })
  )
  await b.start.click()
  await expect(b.start).toBeEnabled()
  await expect(b.error).toHaveCount(0)
  await expect(b.progress).toHaveCount(0)
  await expect(b.choice('approved')).toBeFocused()
  await page.unroute('**/api/beginExportBatch')

  // The first export is held at the door until Cancel has been pressed.
  let releaseFirst!: () => void
  const firstHeld = new Promise<void>((resolveHeld) => (releaseFirst = resolveHeld))
  let exportsAsked = 0
  await page.route('**/api/exportArticle', async (route) => {
    exportsAsked++
    if (exportsAsked === 1) await firstHeld
    await route.continue()
  })
  await b.start.click()
  await expect(b.progressText).toHaveText('0 من 3 مقالات')
  // Most recently changed first: the third article written is the first to go.
  await expect(b.current).toHaveText(`يُصدَّر الآن: «${headlines[2]}»`)
  await expect(b.stop).toBeFocused()
  await b.stop.click()
  await expect(b.dialog).toContainText('سيتوقف التصدير بعد المقال الذي يُصدَّر الآن')
  releaseFirst()

  await expect(b.outcome).toHaveText('أُوقف التصدير')
  await expect(b.progressText).toHaveText('1 من 3 مقالات')
  await expect(b.exported).toHaveText('صُدِّر مقال واحد')
  await expect(b.refusedCount).toHaveText('لم يُرفض أي مقال')
  await expect(b.notAttempted).toHaveText('بقي مقالان لم يُصدَّرا لأن الدفعة أُوقفت')
  expect(exportsAsked).toBe(1)
  const firstId = stored(workspace.dbPath, headlines[2]!).id
  expect(await readdir(join(workspace.dir, 'exports'))).toEqual([firstId])

  await b.close.click()
  await expect(b.dialog).toHaveCount(0)
  await expect(b.open).toBeFocused()
})

test('in English the batch speaks English, the refusal reason included, though the host answers in Arabic', async ({ page, openApp }) => {
  await openApp()
  await chooseEnglish(page)

  // An approved article without a headline: the check refuses it.
  await startNewArticle(page)
  await articleScreen(page).editor.click()
  await typeInBody(page, 'A paragraph without a headline above it.')
  await waitUntilSaved(page)
  await page.getByLabel('Status').selectOption('approved')
  await expect(page.getByTestId('article-status-saving')).toHaveText('')
  await articleScreen(page).backToLibrary.click()
  await expect(library(page).chip('Untitled')).toContainText('Approved')

  const b = batch(page)
  await b.open.click()
  await expect(b.count).toHaveText('1 article will be exported')
  await b.start.click()
  await expect(b.progressText).toHaveText('1 of 1 article')
  await expect(b.exported).toHaveText('No article exported')
  await expect(b.refusedCount).toHaveText('1 article refused')
  await expect(b.refused.getByTestId('batch-refused-reason')).toContainText('The article was not exported for publishing: it has 1 error to fix first')
  await expect(b.refused.getByRole('button', { name: 'Open the article “Untitled” to fix it' })).toBeVisible()
})
