import AxeBuilder from '@axe-core/playwright'
import { openStoredRows } from './stored-article'
import type { Page } from '@playwright/test'
import { HostProcess } from './host-process'
import { test, expect } from './fixtures'
import { articleScreen, openArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'

/** Settings → your profile: someone else takes the desk. */
async function switchProfile(page: Page, name: string, role: string) {
  await page.getByTestId('open-settings').click()
  const profile = page.getByTestId('profile-settings')
  await profile.getByTestId('profile-name').fill(name)
  await profile.getByTestId(`profile-role-${role}`).check()
  await profile.getByTestId('profile-save').click()
  await expect(profile.getByTestId('profile-saved')).toBeVisible()
  await page.getByTestId('close-settings').click()
}

test('a journalist saves a version, an editor edits, compare shows exactly the changed words, restore brings the old text back, and the history names everyone', async ({ page, openApp, workspace }) => {
  await openApp()
  const screen = await startWriting(page, 'الحكومة تقر الموازنة')
  await typeInBody(page, 'قال الوزير إن الاتفاق قريب من الإنجاز.')
  await waitUntilSaved(page)

  // The journalist keeps this version for the desk.
  await page.getByTestId('history-open').click()
  const history = page.getByTestId('history')
  await history.getByTestId('revision-label').fill('أُرسل إلى المحرر')
  await history.getByTestId('save-revision').click()
  await expect(history.getByTestId('history-notice')).toContainText('أُرسل إلى المحرر')
  await expect(history.getByTestId('revision')).toHaveCount(1)
  await history.getByTestId('close-history').click()

  // The editor takes the desk and changes one word.
  await switchProfile(page, 'رامي الحسن', 'editor')
  const paragraph = screen.editor.locator('p').first()
  await paragraph.click()
  await page.keyboard.press('End')
  for (let i = 0; i < 'قريب من الإنجاز.'.length; i++) await page.keyboard.press('Backspace')
  await typeInBody(page, 'بات وشيكا.')
  await expect(paragraph).toHaveText('قال الوزير إن الاتفاق بات وشيكا.')
  await waitUntilSaved(page)

  // Compare: only the changed Arabic words are marked, each whole.
  await page.getByTestId('history-open').click()
  await history.getByTestId('revision').first().getByTestId('compare-revision').click()
  const block = history.getByTestId('changed-block')
  await expect(block).toHaveCount(1)
  await expect(block.locator('del')).toHaveText(['حُذف: قريب من الإنجاز'])
  await expect(block.locator('ins')).toHaveText(['أُضيف: بات وشيكا'])

  // Restore: the old words are back in the editor and in the database.
  await history.getByTestId('revision').first().getByTestId('restore-revision').click()
  await expect(history.getByTestId('history-notice')).toBeVisible()
  await expect(paragraph).toHaveText('قال الوزير إن الاتفاق قريب من الإنجاز.')

  // The history shows all of it, newest first, with names.
  const revisions = history.getByTestId('revision')
  await expect(revisions).toHaveCount(3)
  await expect(revisions.getByTestId('revision-author')).toHaveText([/رامي الحسن · محرر/, /رامي الحسن · محرر/, /سارة القاسم · صحفي/])
  await expect(revisions.nth(0)).toHaveAttribute('data-kind', 'restore')
  await expect(revisions.nth(1)).toHaveAttribute('data-kind', 'before_restore')
  await expect(revisions.nth(2)).toHaveAttribute('data-kind', 'named')

  // Who wrote what: the journalist's words and the editor's restore, each in the writer's colour and name.
  await history.getByTestId('who-wrote').click()
  const authorship = history.getByTestId('authorship')
  await expect(authorship.getByTestId('authorship-writer')).toContainText(['سارة القاسم', 'رامي الحسن'])
  const runs = authorship.locator('.written-by')
  await expect(runs.filter({ hasText: 'قال الوزير إن الاتفاق' })).toHaveAttribute('title', 'سارة القاسم')
  await expect(runs.filter({ hasText: 'قريب من الإنجاز' })).toHaveAttribute('title', 'رامي الحسن')
  await expect(authorship).toContainText('قال الوزير إن الاتفاق قريب من الإنجاز.')
  await history.getByTestId('close-history').click()

  await waitUntilSaved(page)
  const db = openStoredRows(workspace.dbPath)
  try {
    const row = db.prepare('SELECT plain_text FROM articles').get() as { plain_text: string }
    expect(row.plain_text).toBe('قال الوزير إن الاتفاق قريب من الإنجاز.')
  } finally {
    db.close()
  }
  await expect(articleScreen(page).headline).toHaveValue('الحكومة تقر الموازنة')

  // Leaving after a change keeps the article as it was left, as a revision of its own.
  await paragraph.click()
  await page.keyboard.press('End')
  await typeInBody(page, ' وأضاف')
  await waitUntilSaved(page)
  await screen.backToLibrary.click()
  // Leaving waits for the last save and the closing revision, then shows the library.
  await expect(page.getByTestId('article-list')).toBeVisible()
  await openArticle(page, 'الحكومة تقر الموازنة')
  await page.getByTestId('history-open').click()
  await expect(revisions).toHaveCount(4)
  await expect(revisions.nth(0)).toHaveAttribute('data-kind', 'closed')

  // Any two revisions compare: the editor's words, kept before the restore, against the journalist's version.
  await revisions.nth(2).getByTestId('compare-revision').click()
  await history.getByTestId('compare-with').selectOption({ index: 3 })
  await expect(history.locator('#comparison-title')).toContainText('ونسخة')
  await expect(history.getByTestId('changed-block').locator('del')).toHaveText(['حُذف: بات وشيكا'])
  await expect(history.getByTestId('changed-block').locator('ins')).toHaveText(['أُضيف: قريب من الإنجاز'])
})

test('on a new desk the app asks once who is writing, in a friendly way, and remembers', async ({ page, workspace }) => {
  const host = new HostProcess(workspace.dbPath.replace('midad.sqlite', 'new-desk.sqlite'))
  const ready = await host.start()
  try {
    await page.goto(ready.url)
    const welcome = page.getByTestId('welcome-profile')
    await expect(welcome).toBeVisible()
    await expect(welcome.getByRole('heading')).toHaveText('أهلًا بك في مداد')
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze()
    expect(violations.map((violation) => violation.id)).toEqual([])
    await welcome.getByTestId('profile-start').click()
    await expect(welcome.getByTestId('error-message')).toContainText('اكتب اسمك')
    await welcome.getByTestId('profile-name').fill('ليلى')
    await welcome.getByTestId('profile-role-web_desk').check()
    await welcome.getByTestId('profile-start').click()
    await expect(welcome).toBeHidden()
    await page.reload()
    await expect(page.getByTestId('new-article')).toBeVisible()
    await expect(page.getByTestId('welcome-profile')).toBeHidden()
    expect(await host.call('getProfile', {})).toMatchObject({ name: 'ليلى', role: 'web_desk' })
  } finally {
    await host.stop()
  }
})

test('where only editors approve, a journalist sees approval offered but not open to them, and an editor approves', async ({ page, openApp, host }) => {
  await host.call('saveSettings', { settings: { ...(await host.call<Record<string, unknown>>('getSettings', {})), editorsApprove: true } })
  await openApp()
  await startWriting(page, 'خبر للمراجعة')
  await typeInBody(page, 'نص الخبر.')
  await waitUntilSaved(page)
  const status = page.getByTestId('article-status')
  await expect(status.locator('option[value="approved"]')).toBeDisabled()
  await expect(status.locator('option[value="published"]')).toBeDisabled()
  await status.selectOption('in_review')
  await expect(status).toHaveAttribute('data-status', 'in_review')

  await switchProfile(page, 'رامي الحسن', 'editor')
  await expect(status.locator('option[value="approved"]')).toBeEnabled()
  await status.selectOption('approved')
  await expect(status).toHaveAttribute('data-status', 'approved')
  await expect(page.getByTestId('article-status-saving')).toHaveText('')
  const article = (await host.call<{ articles: { id: string; status: string }[] }>('listArticles', {})).articles[0]!
  expect(article.status).toBe('approved')
})
