import { test, expect } from './fixtures'
import { startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { selectWords } from './review-keys'

test('a decision is undone with Ctrl+Z: the suggestion is back, and its record with it', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page, 'الأمطار تغمر الشوارع')
  await typeInBody(page, 'غمرت الأمطار الغزيرة شوارع المدينة')
  await page.getByTestId('tb-suggesting').click()
  await selectWords(page, ' الغزيرة')
  await page.keyboard.press('Backspace')
  await expect(screen.editor.locator('del')).toHaveText([' الغزيرة'])

  // Decided from the text: the caret in the suggestion, then Accept from the body's menu.
  await screen.editor.locator('del').click()
  await screen.editor.locator('del').click({ button: 'right' })
  await page.getByTestId('menu-accept').click()
  await expect(screen.editor.locator('p')).toHaveText('غمرت الأمطار شوارع المدينة')
  await expect(page.getByTestId('suggestion')).toHaveCount(0)

  await screen.editor.focus()
  await page.keyboard.press('Control+z')
  await expect(screen.editor.locator('del')).toHaveText([' الغزيرة'])
  await expect(page.getByTestId('suggestion')).toHaveCount(1)
  await waitUntilSaved(page)
  await page.getByTestId('history-open').click()
  await expect(page.getByTestId('history').getByTestId('decision')).toHaveCount(0)
})

test('a comment stays with its words: deleted, it is detached and kept; undone, it is anchored again', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page, 'افتتاح معرض الكتاب')
  await typeInBody(page, 'افتتح وزير الثقافة معرض الكتاب الدولي بحضور ناشرين عرب')
  // The body's own menu offers a comment on the selected words.
  await selectWords(page, 'بحضور ناشرين عرب')
  await screen.editor.locator('p').click({ button: 'right', position: { x: 20, y: 5 } })
  await expect(page.getByTestId('body-context-menu')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('body-context-menu')).toBeHidden()
  // Ctrl+Alt+M does the same.
  await selectWords(page, 'بحضور ناشرين عرب')
  await page.keyboard.press('Control+Alt+m')
  const panel = page.getByTestId('review-panel')
  await panel.getByTestId('comment-new').fill('كم عدد الناشرين؟')
  await panel.getByTestId('comment-new').press('Control+Enter')
  const thread = panel.getByTestId('thread')
  await expect(thread).toHaveCount(1)
  await expect(screen.editor.locator('.comment-anchor')).toHaveText('بحضور ناشرين عرب')

  await selectWords(page, 'بحضور ناشرين عرب')
  await page.keyboard.press('Backspace')
  await expect(thread).toContainText('حُذف نصه')
  await expect(thread.getByTestId('thread-locate')).toBeDisabled()

  await page.keyboard.press('Control+z')
  await expect(screen.editor.locator('.comment-anchor')).toHaveText('بحضور ناشرين عرب')
  await expect(thread).not.toContainText('حُذف نصه')
  await thread.getByTestId('thread-locate').click()
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('بحضور ناشرين عرب')

  // Its author edits it; it says so.
  await thread.getByTestId('comment-edit-open').click()
  await thread.getByTestId('comment-edit').fill('كم عدد الناشرين العرب؟')
  await thread.getByTestId('comment-edit-submit').click()
  await expect(thread.getByTestId('reply-text')).toHaveText(['كم عدد الناشرين العرب؟'])
  await expect(thread).toContainText('(معدَّل)')

  // Resolved, it leaves the open list; shown among the resolved, it can be reopened.
  await thread.getByTestId('thread-resolve').click()
  await expect(panel.getByTestId('thread')).toHaveCount(0)
  await panel.getByTestId('threads-shown').selectOption('resolved')
  await panel.getByTestId('thread-reopen').click()
  await panel.getByTestId('threads-shown').selectOption('open')
  await expect(panel.getByTestId('thread')).toHaveCount(1)

  // Deleted by its author, after a second word: the anchor goes with it.
  await thread.getByTestId('thread-delete').click()
  await thread.getByTestId('thread-delete-cancel').click()
  await expect(panel.getByTestId('thread')).toHaveCount(1)
  await thread.getByTestId('thread-delete').click()
  await thread.getByTestId('thread-delete-confirm').click()
  await expect(panel.getByTestId('thread')).toHaveCount(0)
  await expect(screen.editor.locator('.comment-anchor')).toHaveCount(0)
})
