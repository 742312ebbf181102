import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { articleScreen, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'

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

/** Selects `words` inside the first paragraph that holds them, as a mouse drag would. */
async function selectWords(page: Page, words: string) {
  await page.evaluate((wanted) => {
    const body = document.querySelector('.article-body')!
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return
    }
    throw new Error(`no «${wanted}» in the body`)
  }, words)
}

test('an editor comments and suggests, the journalist replies, accepts one suggestion and rejects another, and the export holds no review marks', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page, 'الحكومة تقر الموازنة')
  await typeInBody(page, 'قال الوزير إن الاتفاق قريب من الإنجاز.')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'وأكد أن الجلسة ستعقد غدا.')
  await waitUntilSaved(page)

  // The editor takes the desk: a comment on a sentence, then a suggested rewording.
  await switchProfile(page, 'رامي الحسن', 'editor')
  const panel = page.getByTestId('review-panel')
  await selectWords(page, 'قريب من الإنجاز')
  await page.getByTestId('tb-comment').click()
  await panel.getByTestId('comment-new').fill('هل لدينا مصدر ثانٍ لهذا؟')
  await panel.getByTestId('comment-new-submit').click()
  const thread = panel.getByTestId('thread')
  await expect(thread).toHaveCount(1)
  await expect(thread.getByTestId('reply-text')).toHaveText(['هل لدينا مصدر ثانٍ لهذا؟'])
  await expect(screen.editor.locator('.comment-anchor')).toHaveText('قريب من الإنجاز')

  await page.getByTestId('tb-suggesting').click()
  await expect(page.getByTestId('tb-suggesting')).toHaveAttribute('aria-pressed', 'true')
  // Rewording: «قريب من الإنجاز» becomes «بات وشيكا» as a suggestion, the old words kept and struck.
  await selectWords(page, 'قريب من الإنجاز')
  await typeInBody(page, 'بات وشيكا')
  // A second suggestion: «غدا» deleted.
  await selectWords(page, ' غدا')
  await page.keyboard.press('Backspace')
  await expect(screen.editor.locator('ins')).toHaveText(['بات وشيكا'])
  await expect(screen.editor.locator('del')).toHaveText(['قريب من الإنجاز', ' غدا'])
  await expect(panel.getByTestId('suggestion')).toHaveCount(2)
  await waitUntilSaved(page)

  // The journalist is back: replies to the comment, accepts the rewording, rejects the deletion.
  await switchProfile(page, 'سارة القاسم', 'journalist')
  await thread.getByTestId('thread-reply-open').click()
  await thread.getByTestId('reply-text-box').fill('نعم، وزارة المالية أكدت ذلك.')
  await thread.getByTestId('reply-text-box-submit').click()
  await expect(thread.getByTestId('reply-text')).toHaveText(['هل لدينا مصدر ثانٍ لهذا؟', 'نعم، وزارة المالية أكدت ذلك.'])

  const suggestions = panel.getByTestId('suggestion')
  await expect(suggestions.first()).toContainText('رامي الحسن')
  await suggestions.filter({ hasText: 'بات وشيكا' }).getByTestId('suggestion-accept').click()
  await suggestions.filter({ hasText: 'غدا' }).getByTestId('suggestion-reject').click()
  await expect(suggestions).toHaveCount(0)
  await expect(screen.editor.locator('p')).toHaveText(['قال الوزير إن الاتفاق بات وشيكا.', 'وأكد أن الجلسة ستعقد غدا.'])
  await waitUntilSaved(page)
})
