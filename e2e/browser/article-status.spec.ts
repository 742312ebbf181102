import { test, expect } from './fixtures'
import { articleScreen, openArticle, startNewArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { readStore } from './stored-article'

interface StoredArticle {
  id: string
  version: number
  status: string
  meta: Record<string, unknown>
  body: unknown
}

test('a status change for an article deleted in another window is refused with the reason, and the select goes back', async ({ page, host, openApp, workspace }) => {
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.headline.fill('تعديل وزاري مرتقب')
  await waitUntilSaved(page)
  const status = page.getByLabel('حالة المقال')
  await expect(status).toHaveValue('draft')

  // A colleague deletes the article behind this page's back.
  const [summary] = (await host.call<{ articles: { id: string }[] }>('listArticles', {})).articles
  await host.call('deleteArticle', { id: summary!.id })

  await status.selectOption('approved')
  await expect(screen.error).toContainText('المقال غير موجود؛ ربما حُذف.')
  await expect(status).toHaveValue('draft')
  expect(readStore(workspace.dbPath).articles).toHaveLength(0)
})

test('a newer headline and a status set in another window arrive in the open article', async ({ page, host, openApp }) => {
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.headline.fill('انتخابات البلدية')
  await waitUntilSaved(page)

  // A colleague sends it to review and saves a newer headline.
  const [summary] = (await host.call<{ articles: { id: string }[] }>('listArticles', {})).articles
  await host.call('setArticleStatus', { id: summary!.id, status: 'in_review' })
  const current = await host.call<StoredArticle>('getArticle', { id: summary!.id })
  await host.call('saveArticle', { id: current.id, baseVersion: current.version, meta: { ...current.meta, headline: 'نتائج انتخابات البلدية' }, body: current.body })

  await expect(screen.headline).toHaveValue('نتائج انتخابات البلدية')
  await expect(page.getByLabel('حالة المقال')).toHaveValue('in_review')
  await expect(screen.error).toHaveCount(0)
})

test('an approved article whose body is edited goes back to review, says so, and stays there after a reload', async ({ page, openApp, workspace }) => {
  await openApp()
  const screen = await startWriting(page, 'البرلمان يقرّ قانون الإيجارات')
  await typeInBody(page, 'أقرّ البرلمان القانون بأغلبية واسعة.')
  await waitUntilSaved(page)

  const status = page.getByLabel('حالة المقال')
  await status.selectOption('approved')
  await expect(page.getByTestId('article-status-saving')).toHaveText('')
  // Labelling the article is not an edit of its words: the approval holds.
  await page.getByTestId('field-tags').fill('البرلمان')
  await page.getByTestId('field-tags').press('Enter')
  await waitUntilSaved(page)
  await expect(status).toHaveValue('approved')
  await expect(page.getByTestId('back-to-review-notice')).toHaveCount(0)
  expect(readStore(workspace.dbPath).articles[0]!.status).toBe('approved')

  await screen.editor.click()
  await page.keyboard.press('End')
  await typeInBody(page, ' وعارضه نائبان.')
  await waitUntilSaved(page)
  await expect(page.getByTestId('back-to-review-notice')).toContainText('عاد إلى «قيد المراجعة»')
  await expect(status).toHaveValue('in_review')
  expect(readStore(workspace.dbPath).articles[0]!.status).toBe('in_review')

  // One click compares with what the editor approved: just the added words.
  await page.getByTestId('compare-approved').click()
  const history = page.getByTestId('history')
  await expect(history.getByTestId('changed-block').locator('ins')).toHaveText(['أُضيف: وعارضه نائبان.'])
  await history.getByTestId('close-history').click()
  // Until it is approved again, the check will not let it out for publishing, and says where to look.
  await expect(page.getByTestId('check-panel')).toContainText('يحتاج اعتمادًا جديدًا')

  await page.reload()
  await openArticle(page, 'البرلمان يقرّ قانون الإيجارات')
  await expect(page.getByLabel('حالة المقال')).toHaveValue('in_review')
  await expect(articleScreen(page).editor).toContainText('وعارضه نائبان.')
})
