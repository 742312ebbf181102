import { test, expect } from './fixtures'
import { articleScreen, startNewArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { readStore } from './stored-article'

test('a reload comes back to the article that was open, with what was typed', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page, 'الحكومة تقرّ الموازنة')
  await typeInBody(page, 'أقرّ مجلس الوزراء الموازنة.')
  await waitUntilSaved(page)
  await expect(page).toHaveURL(/#\/article\/[0-9a-f-]{36}$/)

  await page.reload()
  await expect(screen.headline).toHaveValue('الحكومة تقرّ الموازنة')
  await expect(screen.editor).toContainText('أقرّ مجلس الوزراء الموازنة.')
  // Still speaking to the host after the reload: an edit is saved.
  await screen.editor.click()
  await typeInBody(page, ' بالإجماع')
  await waitUntilSaved(page)

  await screen.backToLibrary.click()
  await expect(page.getByTestId('article-list')).toBeVisible()
  await page.reload()
  await expect(page.getByTestId('article-list')).toBeVisible()
})

test('an article deleted meanwhile: the reload lands on the library, which says so', async ({ page, host, openApp }) => {
  const { id } = await host.call<{ id: string }>('createArticle', { meta: { headline: 'خبر سيُحذف' } })
  await host.call('createArticle', { meta: { headline: 'خبر باقٍ' } })
  await openApp()
  await page.getByTestId('article-item').filter({ hasText: 'خبر سيُحذف' }).click()
  await expect(articleScreen(page).headline).toHaveValue('خبر سيُحذف')

  await host.call('deleteArticle', { id })
  await page.reload()
  await expect(page.getByTestId('article-list')).toBeVisible()
  await expect(page.getByTestId('error-message')).toContainText('لم يعد في المكتبة')
  await expect(page.getByTestId('article-item')).toHaveCount(1)
})

test('backing out of a new article with nothing written leaves no empty draft; one with a word written stays', async ({ page, openApp, workspace }) => {
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.backToLibrary.click()
  await expect(page.getByTestId('new-article')).toBeVisible()
  await expect(page.getByTestId('article-item')).toHaveCount(0)
  expect(readStore(workspace.dbPath).articles).toHaveLength(0)

  await startNewArticle(page)
  await screen.editor.click()
  await typeInBody(page, 'سطر')
  await screen.backToLibrary.click()
  await expect(page.getByTestId('article-item')).toHaveCount(1)

  await startNewArticle(page)
  await page.getByTestId('field-tags').fill('اقتصاد')
  await page.getByTestId('field-tags').press('Enter')
  await screen.backToLibrary.click()
  await expect(page.getByTestId('article-item')).toHaveCount(2)
  expect(readStore(workspace.dbPath).articles).toHaveLength(2)
})
