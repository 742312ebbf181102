import { test, expect } from './fixtures'
import { articleScreen, openArticle, startNewArticle, typeInBody, waitUntilSaved } from './newsroom-page'
import { readStore } from './stored-article'

test('what the indicator calls saved survives the host being killed on the spot', async ({ page, host, openApp, workspace }) => {
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  const headline = 'انقطاع الكهرباء عن أحياء المدينة'
  const body = 'عاد التيار الكهربائي بعد ثلاث ساعات من الانقطاع'

  await screen.headline.fill(headline)
  await screen.editor.click()
  await typeInBody(page, body)
  await waitUntilSaved(page)

  // No flush, no close: the process is gone the instant the indicator says saved.
  await host.kill()
  const restarted = await host.start()

  await page.goto(restarted.url)
  await openArticle(page, headline)
  await expect(screen.editor).toHaveText(body)

  const { articles } = readStore(workspace.dbPath)
  expect(articles.map((a) => a.headline)).toEqual([headline])
  expect(articles[0]?.body_json).toContain(body)
})
