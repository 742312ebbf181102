import { test, expect } from './fixtures'
import { libraryRow } from './newsroom-page'
import { readStore } from './stored-article'

test('deleting asks first: cancel keeps the article, confirm removes it for good', async ({ page, host, openApp, workspace }) => {
  await host.call('createArticle', { meta: { headline: 'مباراة الديربي تنتهي بالتعادل' } })
  await host.call('createArticle', { meta: { headline: 'ارتفاع أسعار الخضر في الأسواق' } })
  await openApp()
  const doomed = libraryRow(page, 'ارتفاع أسعار الخضر في الأسواق')
  const kept = libraryRow(page, 'مباراة الديربي تنتهي بالتعادل')
  await expect(doomed).toBeVisible()
  await expect(kept).toBeVisible()

  await doomed.getByTestId('delete-article').click()
  await page.getByTestId('cancel-delete').click()
  await expect(page.getByTestId('confirm-delete')).toBeHidden()
  await expect(doomed).toBeVisible()
  expect(readStore(workspace.dbPath).articles).toHaveLength(2)

  await doomed.getByTestId('delete-article').click()
  await page.getByTestId('confirm-delete').click()
  await expect(doomed).toHaveCount(0)
  await expect(kept).toBeVisible()
  expect(readStore(workspace.dbPath).articles.map((a) => a.headline)).toEqual(['مباراة الديربي تنتهي بالتعادل'])

  await page.reload()
  await expect(kept).toBeVisible()
  await expect(doomed).toHaveCount(0)
})
