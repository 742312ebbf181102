import { join } from 'node:path'
import { test, expect } from './fixtures'
import { articleScreen, startNewArticle, typeInBody, waitUntilSaved } from './newsroom-page'

test('the export notice goes away by itself, not while read; "open folder" names the folder the browser cannot open', async ({ page, openApp, workspace }) => {
  // The page's clock is ours: time is jumped over, never waited for.
  await page.clock.install()
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.section.selectOption('رياضة')
  await screen.headline.fill('فوز كبير في النهائي')
  await screen.editor.click()
  await typeInBody(page, 'انتهت المباراة بفوز الفريق.')
  await waitUntilSaved(page)
  const id = /#\/article\/([0-9a-f-]{36})$/.exec(page.url())?.[1]

  await page.getByTestId('export-html').click()
  const notice = page.getByTestId('export-notice')
  await expect(notice).toBeVisible()

  // Read with the pointer on it: it stays.
  await notice.hover()
  await page.clock.fastForward(30_000)
  await expect(notice).toBeVisible()

  // The browser host was not launched to open things on a desktop: it says where the folder is.
  await notice.getByTestId('open-export-folder').click()
  await expect(notice).toContainText('افتحه من مدير الملفات')
  await expect(notice.getByTestId('export-result')).toHaveText(join(workspace.dir, 'exports', id!))

  // Left alone (pointer and keyboard elsewhere), it goes.
  await page.mouse.move(0, 0)
  await screen.headline.focus()
  await page.clock.fastForward(30_000)
  await expect(notice).toBeHidden()
})
