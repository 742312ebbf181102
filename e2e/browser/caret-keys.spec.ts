import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { articleScreen, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { storedBody } from './body-keys'
import { drawFramesLate, slowFrames } from './late-frames'

const headline = 'الكرملين يعلن موعد القمة'
const first = 'قال المتحدث باسم الكرملين إن القمة ستعقد الشهر المقبل'
const second = 'وأضاف أن جدول الأعمال لم يحدد بعد'

/**
 * Chromium tells the editor the caret moved (End, Ctrl+End, a click) through
 * a selectionchange event queued behind input. On a loaded machine the next
 * key can arrive first: Enter then split the paragraph where the caret had
 * been, or did nothing at all after select-all. Here the caret is moved and
 * Enter pressed within one task, so the event is always late, as it is on a
 * busy laptop.
 */
async function moveCaretToEndAndPressEnter(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('[data-testid="body-editor"] .ProseMirror')!
    const paragraphs = body.querySelectorAll('p')
    const last = paragraphs[paragraphs.length - 1]!.lastChild!
    document.getSelection()!.collapse(last, last.textContent!.length)
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }))
  })
}

test.beforeEach(async ({ page, openApp }) => {
  await drawFramesLate(page, 2_500)
  await openApp()
  await startWriting(page, headline)
  await typeInBody(page, first)
  await page.keyboard.press('Enter')
  await typeInBody(page, second)
})

test('Enter pressed the instant the caret moved splits where the caret is now, not where it was', async ({ page, workspace }) => {
  const screen = articleScreen(page)
  // The caret goes back into the middle of the first paragraph…
  await screen.editor.locator('p', { hasText: first }).click()
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  // …then to the end of the article, and Enter follows at once.
  await moveCaretToEndAndPressEnter(page)
  await page.keyboard.type('ثالثا')

  const paragraphs = screen.editor.locator('p')
  await expect(paragraphs).toHaveText([first, second, 'ثالثا'])
  await waitUntilSaved(page)
  const stored = storedBody(workspace.dbPath, headline)
  const texts = (stored.content ?? []).filter((n) => n.content?.length).map((n) => n.content!.map((c) => c.text).join(''))
  expect(texts).toEqual([first, second, 'ثالثا'])
})

test('after select-all, Enter at a caret placed at the end adds a paragraph there instead of doing nothing', async ({ page }) => {
  const screen = articleScreen(page)
  await page.keyboard.press('Control+KeyA')
  await moveCaretToEndAndPressEnter(page)
  await page.keyboard.type('ثالثا')
  await expect(screen.editor.locator('p')).toHaveText([first, second, 'ثالثا'])
})

test('a toolbar button pressed from the keyboard gives the caret back to the body at once, even when the next frame is late', async ({ page }) => {
  const screen = articleScreen(page)
  await page.keyboard.press('Enter')
  await slowFrames(page, true)
  const h2 = page.getByTestId('tb-h2')
  await h2.focus()
  await page.keyboard.press('Space')
  await page.keyboard.type('المواقف')
  await slowFrames(page, false)
  await expect(screen.editor.locator('h2')).toHaveText('المواقف')
})
