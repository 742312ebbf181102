import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { articleScreen, libraryRow } from './newsroom-page'

// Everything can be done without a mouse: every control is reached with Tab,
// a dialog opens with Enter and closes with Escape, and the keyboard goes
// back to where it was.

const headline = 'افتتاح معرض الكتاب الدولي'

/** The test ids Tab visits, in order, starting from the top of the page. */
async function tabStops(page: Page, count: number): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const stops: string[] = []
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab')
    stops.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.tagName ?? ''))
  }
  return stops
}

test.beforeEach(async ({ host }) => {
  await host.call('createArticle', { meta: { headline } })
})

test('the library by keyboard: every control by Tab; settings, batch export, send for review and the delete confirmation open with Enter, close with Escape and give the focus back', async ({ page, openApp }) => {
  await openApp()
  await expect(libraryRow(page, headline)).toBeVisible()
  const stops = await tabStops(page, 13)
  for (const control of ['open-settings', 'export-batch', 'send-bundle', 'import-article', 'new-article', 'article-item', 'delete-article']) expect(stops).toContain(control)

  for (const [opener, dialog] of [
    ['open-settings', 'settings'],
    ['export-batch', 'batch-dialog'],
    ['send-bundle', 'send-bundle-dialog'],
    ['delete-article', 'cancel-delete']
  ] as const) {
    await page.getByTestId(opener).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId(dialog)).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId(dialog)).toHaveCount(0)
    await expect(page.getByTestId(opener)).toBeFocused()
  }
  await expect(libraryRow(page, headline)).toBeVisible()
})

test('the send dialog closes with Escape and gives the focus back while its articles are still on their way', async ({ page, openApp }) => {
  await openApp()
  await expect(libraryRow(page, headline)).toBeVisible()
  // The library's list answers slowly from here on: the dialog opens before its articles come.
  let answer: () => void = () => undefined
  const held = new Promise<void>((resolve) => (answer = resolve))
  await page.route('**/api/listArticles', async (route) => {
    await held
    await route.continue()
  })
  await page.getByTestId('send-bundle').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('send-bundle-dialog')).toBeVisible()
  await expect(page.getByTestId('send-bundle-dialog')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('send-bundle-dialog')).toHaveCount(0)
  await expect(page.getByTestId('send-bundle')).toBeFocused()
  answer()
})

test('the article by keyboard: the toolbar and header by Tab; the shortcut sheet, the insert menu and the preview open with Enter and close with Escape', async ({ page, openApp }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp()
  await libraryRow(page, headline).focus()
  await page.keyboard.press('Enter')
  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue(headline)

  const stops = await tabStops(page, 40)
  for (const control of ['back-to-library', 'preview-toggle', 'export-html', 'open-settings', 'field-headline', 'tb-h2', 'tb-direction', 'tb-lang-en', 'tb-insert', 'tb-shortcuts']) {
    expect(stops).toContain(control)
  }

  // Opened from the toolbar, these hand the keyboard back to the text the journalist was writing.
  await screen.editor.locator('p').first().click()
  await page.getByTestId('tb-shortcuts').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('shortcut-sheet')).toBeVisible()
  await expect(page.getByTestId('shortcut-sheet-close')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('shortcut-sheet')).toHaveCount(0)
  await expect(screen.editor).toBeFocused()

  await page.getByTestId('tb-insert').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menu')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expect(screen.editor).toBeFocused()

  await page.getByTestId('preview-toggle').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('preview-close')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('preview-pane')).toHaveCount(0)
  await expect(page.getByTestId('preview-toggle')).toBeFocused()
})

test('on a narrow window the preview has the whole window and a way back to the article', async ({ page, openApp }) => {
  await page.setViewportSize({ width: 800, height: 800 })
  await openApp()
  await libraryRow(page, headline).click()
  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue(headline)
  await page.getByTestId('preview-toggle').click()
  const pane = (await page.getByTestId('preview-pane').boundingBox())!
  expect(pane.width).toBe(800)
  // Nothing hidden behind it can take the keyboard.
  await expect(screen.headline).toBeHidden()
  const back = page.getByTestId('preview-close')
  await expect(back).toBeFocused()
  await expect(back).toHaveText('العودة إلى المقال')
  await back.press('Enter')
  await expect(page.getByTestId('preview-pane')).toHaveCount(0)
  await expect(screen.headline).toBeVisible()
  await expect(page.getByTestId('preview-toggle')).toBeFocused()
})

test('on a wide window the preview sits beside the editor and the check panel', async ({ page, openApp }) => {
  await page.setViewportSize({ width: 1920, height: 1000 })
  await openApp()
  await libraryRow(page, headline).click()
  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue(headline)
  await page.getByTestId('preview-toggle').click()
  await expect(page.getByTestId('preview-frame')).toBeVisible()
  const pane = (await page.getByTestId('preview-pane').boundingBox())!
  for (const shown of [screen.headline, screen.editor, page.locator('.article-details')]) {
    await expect(shown).toBeInViewport()
    const box = (await shown.boundingBox())!
    // Arabic: the article on the right, the preview on its left, not over it.
    expect(box.x).toBeGreaterThanOrEqual(pane.x + pane.width)
  }
})
