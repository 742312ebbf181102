import * as Y from 'yjs'
import { test, expect } from './fixtures'
import { articleScreen, openArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { readStore } from './stored-article'

interface StoredArticle {
  id: string
  version: number
  meta: Record<string, string>
  body: unknown
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

test('a change saved elsewhere while the article is open arrives on screen, and what is typed here merges with it', async ({ page, host, openApp, workspace }) => {
  await openApp()
  const screen = await startWriting(page, 'حريق في مستودع بالميناء')
  await typeInBody(page, 'اندلع حريق صباح اليوم')
  await waitUntilSaved(page)

  // A colleague's program saves a new headline and a second paragraph behind this page's back.
  const [summary] = (await host.call<{ articles: { id: string }[] }>('listArticles', {})).articles
  const current = await host.call<StoredArticle>('getArticle', { id: summary!.id })
  const added = 'أخمد رجال الإطفاء الحريق بعد ساعتين من اندلاعه، والتفاصيل على https://news.example.org/fire'
  await host.call('saveArticle', {
    id: current.id,
    baseVersion: current.version,
    meta: { ...current.meta, headline: 'السيطرة على حريق الميناء' },
    body: { type: 'doc', content: [paragraph('اندلع حريق صباح اليوم'), paragraph(added)] }
  })

  // Nothing to reload: the page shows it, and nothing typed here was lost.
  await expect(screen.headline).toHaveValue('السيطرة على حريق الميناء')
  await expect(screen.editor.locator('p').nth(1)).toHaveText(added)
  // Words that arrive are shown as written: an address in them is not made a link by this desk.
  await expect(screen.editor.locator('p').nth(1).locator('a')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('السيطرة على حريق الميناء')

  await screen.editor.locator('p').first().click()
  await page.keyboard.press('End')
  await typeInBody(page, ' وتسبب في خسائر')
  await waitUntilSaved(page)
  const stored = readStore(workspace.dbPath).articles[0]
  expect(stored?.headline).toBe('السيطرة على حريق الميناء')

  // The status bar counts the merged text, as a fresh opening of the article does.
  const counts = page.getByTestId('status-bar')
  const merged = await counts.textContent()
  await page.reload()
  await openArticle(page, 'السيطرة على حريق الميناء')
  await expect(screen.editor.locator('p')).toHaveText(['اندلع حريق صباح اليوم وتسبب في خسائر', added])
  await expect(counts).toHaveText(merged ?? '')
})

test('two windows on one article: each types in its own paragraph at once, both end with both, and undo takes back only its own', async ({ page, context, host, openApp }) => {
  await openApp()
  const first = await startWriting(page, 'انتخابات البلدية')
  await typeInBody(page, 'فتحت مراكز الاقتراع أبوابها.')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'ويتنافس ثلاثون مرشحًا.')
  await waitUntilSaved(page)

  const other = await context.newPage()
  await openApp(other)
  await openArticle(other, 'انتخابات البلدية')
  const second = articleScreen(other)
  await expect(second.editor.locator('p')).toHaveCount(2)

  // The journalist adds to the first paragraph while the editor adds to the second.
  await first.editor.locator('p').first().click()
  await page.keyboard.press('End')
  await second.editor.locator('p').nth(1).click()
  await other.keyboard.press('End')
  await Promise.all([page.keyboard.type(' في السابعة صباحًا'), other.keyboard.type(' على عشرة مقاعد')])
  await Promise.all([waitUntilSaved(page), waitUntilSaved(other)])

  const both = ['فتحت مراكز الاقتراع أبوابها. في السابعة صباحًا', 'ويتنافس ثلاثون مرشحًا. على عشرة مقاعد']
  await expect(first.editor.locator('p')).toHaveText(both)
  await expect(second.editor.locator('p')).toHaveText(both)
  const [summary] = (await host.call<{ articles: { id: string }[] }>('listArticles', {})).articles
  const stored = await host.call<{ body: { content: { content: { text: string }[] }[] } }>('getArticle', { id: summary!.id })
  expect(stored.body.content.map((block) => block.content.map((inline) => inline.text).join(''))).toEqual(both)

  // Undo here takes back this window's own typing, never the other window's.
  await page.keyboard.press('Control+z')
  await expect(first.editor.locator('p').first()).not.toHaveText(both[0]!)
  await expect(first.editor.locator('p').nth(1)).toHaveText(both[1]!)
  await waitUntilSaved(page)
  await expect(second.editor.locator('p').first()).not.toHaveText(both[0]!)
  await expect(second.editor.locator('p').nth(1)).toHaveText(both[1]!)
})

test('an article written by a newer Midad is not opened for editing, says why, and stays as it was', async ({ page, host, openApp }) => {
  const { id } = await host.call<{ id: string }>('createArticle', { meta: { headline: 'من نسخة أحدث' } })
  // What a newer version leaves in the document: a layout this one does not know.
  const newer = new Y.Doc()
  Y.applyUpdateV2(newer, Buffer.from((await host.call<{ state: string }>('openArticleDocument', { id })).state, 'base64'))
  const before = Y.encodeStateVector(newer)
  newer.getMap('document').set('layout', 99)
  await host.call('sendArticleUpdate', { id, update: Buffer.from(Y.encodeStateAsUpdateV2(newer, before)).toString('base64') })
  const stateBefore = (await host.call<{ state: string }>('openArticleDocument', { id })).state

  await openApp()
  await page.getByTestId('article-item').filter({ hasText: 'من نسخة أحدث' }).click()
  await expect(page.getByTestId('error-message')).toContainText('كُتب هذا المقال بنسخة أحدث من مداد')
  await expect(page.getByTestId('article-list')).toBeVisible()
  expect((await host.call<{ state: string }>('openArticleDocument', { id })).state).toBe(stateBefore)
})
