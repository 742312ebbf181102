import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { HostProcess } from './host-process'
import { addHubMember, HubProcess } from './hub-process'
import { articleScreen, libraryRow, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'

const headline = 'انتخابات النقابة'

test('two desks through the newsroom hub: the journalist joins in Settings and shares a draft, the editor’s desk receives it, edits travel live both ways, and a hub killed and restarted loses nothing', async ({ page, browser, openApp }) => {
  test.setTimeout(240_000)
  const dir = await mkdtemp(join(tmpdir(), 'midad-e2e-hub-'))
  const hub = new HubProcess(join(dir, 'hub'))
  const deskB = new HostProcess(join(dir, 'desk-b', 'midad.sqlite'))
  const editorPage = await browser.newPage()
  try {
    const journalistToken = await addHubMember(hub.dataDir, 'سارة القاسم', 'journalist')
    const editorToken = await addHubMember(hub.dataDir, 'رامي الحسن', 'editor')
    const url = await hub.start()
    expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/)

    // The journalist joins from Settings → Newsroom hub.
    await openApp()
    await page.getByTestId('open-settings').click()
    const settings = page.getByTestId('hub-settings')
    await settings.getByTestId('hub-url').fill(url)
    await settings.getByTestId('hub-token').fill(journalistToken)
    await settings.getByTestId('hub-join-button').click()
    await expect(settings.getByTestId('hub-member')).toContainText('سارة القاسم')
    await page.getByTestId('close-settings').click()

    await startWriting(page, headline)
    await typeInBody(page, 'فازت القائمة المستقلة بأغلبية المقاعد.')
    await waitUntilSaved(page)
    await page.getByTestId('back-to-library').click()
    const row = libraryRow(page, headline)
    await row.getByTestId('share-article').click()
    await expect(row.getByTestId('article-item-sync')).toHaveText('متزامن', { timeout: 30_000 })

    // The editor's desk joins and finds the shared draft in its library.
    await deskB.start()
    await deskB.call('saveProfile', { name: 'رامي الحسن', role: 'editor' })
    await deskB.call('joinHub', { url, token: editorToken })
    await editorPage.goto(deskB.ready!.url)
    await expect(libraryRow(editorPage, headline)).toBeVisible({ timeout: 30_000 })
    await libraryRow(editorPage, headline).click()
    await expect(articleScreen(editorPage).editor).toContainText('فازت القائمة المستقلة')

    // Live, both ways: the journalist's words reach the editor's open article.
    await row.click()
    const journalist = articleScreen(page)
    await journalist.editor.click()
    await page.keyboard.press('Control+End')
    await typeInBody(page, ' وبلغت نسبة المشاركة ستين في المئة.')
    await expect(articleScreen(editorPage).editor).toContainText('ستين في المئة', { timeout: 30_000 })
    // And the editor's words reach the journalist's.
    const editorScreen = articleScreen(editorPage)
    await editorScreen.editor.click()
    await editorPage.keyboard.press('Control+Home')
    await typeInBody(editorPage, 'عاجل: ')
    await expect(journalist.editor).toContainText('عاجل: فازت', { timeout: 30_000 })

    // The hub dies mid-work: the journalist writes on, and nothing is lost when it returns.
    const port = hub.port
    await hub.kill()
    await journalist.editor.click()
    await page.keyboard.press('Control+End')
    await typeInBody(page, ' وطعنت قائمة واحدة في النتائج.')
    await waitUntilSaved(page)
    await expect(page.getByTestId('status-bar')).toContainText(/غير متصل|ينتظر|تنتظر/, { timeout: 30_000 })
    await hub.start(port)
    await expect(page.getByTestId('article-sync')).toHaveText('متزامن', { timeout: 60_000 })
    await expect(articleScreen(editorPage).editor).toContainText('وطعنت قائمة واحدة في النتائج.', { timeout: 60_000 })
  } finally {
    await editorPage.close()
    await deskB.stop()
    await hub.stop()
    await rm(dir, { recursive: true, force: true })
  }
})

test('joining a hub with a wrong address or a wrong token says why in the desk’s language, and the desk stays as it was', async ({ page, openApp }) => {
  const dir = await mkdtemp(join(tmpdir(), 'midad-e2e-hub-'))
  const hub = new HubProcess(dir)
  try {
    await addHubMember(dir, 'سارة القاسم', 'journalist')
    const url = await hub.start()
    await openApp()
    await page.getByTestId('open-settings').click()
    const settings = page.getByTestId('hub-settings')
    await settings.getByTestId('hub-url').fill(url.replace('ws://', 'http://'))
    await settings.getByTestId('hub-token').fill('not-a-token')
    await settings.getByTestId('hub-join-button').click()
    await expect(settings.getByTestId('error-message')).toContainText('ws://')
    await settings.getByTestId('hub-url').fill(url)
    await settings.getByTestId('hub-join-button').click()
    await expect(settings.getByTestId('error-message')).toContainText('رفض خادم غرفة الأخبار رمز العضوية')
    await expect(settings.getByTestId('hub-join')).toBeVisible()
    await page.getByTestId('close-settings').click()
    await expect(page.getByTestId('hub-badge')).toHaveCount(0)
  } finally {
    await hub.stop()
    await rm(dir, { recursive: true, force: true })
  }
})
