import { test, expect } from './fixtures'
import { libraryRow } from './newsroom-page'

test('the library follows changes made elsewhere on the same desk, without a reload', async ({ page, openApp, host }) => {
  await openApp()
  await expect(page.getByTestId('new-article')).toBeVisible()
  // Another window (or the command line through the same back side) adds and moves articles.
  const created = await host.call<{ id: string }>('createArticle', { meta: { headline: 'خبر من نافذة أخرى' } })
  await expect(libraryRow(page, 'خبر من نافذة أخرى')).toBeVisible()
  await host.call('setArticleStatus', { id: created.id, status: 'in_review' })
  await expect(libraryRow(page, 'خبر من نافذة أخرى')).toContainText('قيد المراجعة')
  await host.call('deleteArticle', { id: created.id })
  await expect(libraryRow(page, 'خبر من نافذة أخرى')).toHaveCount(0)
})
