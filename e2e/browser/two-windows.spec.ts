import { test, expect } from './fixtures'
import { openArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { readStore } from './stored-article'

interface StoredArticle {
  id: string
  version: number
  meta: Record<string, string>
  body: unknown
}

test('a save over a newer version elsewhere is refused and the newer text can be loaded', async ({ page, host, openApp, workspace }) => {
  await openApp()
  const screen = await startWriting(page, 'حريق في مستودع بالميناء')
  await typeInBody(page, 'اندلع حريق صباح اليوم')
  await waitUntilSaved(page)

  // A colleague's window saves a newer version behind this page's back.
  const [summary] = await host.call<{ id: string }[]>('listArticles', {})
  const current = await host.call<StoredArticle>('getArticle', { id: summary!.id })
  const newer = 'أخمد رجال الإطفاء الحريق بعد ساعتين من اندلاعه في المستودع الرئيسي'
  await host.call('saveArticle', {
    id: current.id,
    baseVersion: current.version,
    meta: { ...current.meta, headline: 'السيطرة على حريق الميناء' },
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: newer }] }] }
  })

  await screen.editor.click()
  await page.keyboard.press('End')
  await typeInBody(page, ' وتسبب في خسائر')
  await expect(page.getByTestId('stale-banner')).toBeVisible()
  // The colleague's version was not overwritten.
  expect(readStore(workspace.dbPath).articles[0]?.headline).toBe('السيطرة على حريق الميناء')

  const wordsBefore = await page.getByTestId('word-count').textContent()
  await page.getByTestId('reload-article').click()
  await expect(page.getByTestId('stale-banner')).toBeHidden()
  await expect(screen.headline).toHaveValue('السيطرة على حريق الميناء')
  await expect(screen.editor).toHaveText(newer)
  const stored = readStore(workspace.dbPath).articles[0]
  expect(stored?.headline).toBe('السيطرة على حريق الميناء')
  expect(stored?.body_json).toContain(newer)

  // The status bar counts the reloaded text, as a fresh opening of the article does.
  const counts = page.getByTestId('status-bar')
  await expect(page.getByTestId('word-count')).not.toHaveText(wordsBefore ?? '')
  const afterReload = await counts.textContent()
  await page.reload()
  await openArticle(page, 'السيطرة على حريق الميناء')
  await expect(screen.editor).toHaveText(newer)
  await expect(counts).toHaveText(afterReload ?? '')
})
