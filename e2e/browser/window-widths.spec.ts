import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { articleScreen, libraryRow } from './newsroom-page'

// A journalist may work on a phone-sized window, a laptop half-screen or a
// large monitor. Whatever the width, the page never runs past its edges (in
// Arabic the right-hand overflow is the start side, which cannot be scrolled
// to), and what is written comes before the details panel.

const headline = 'الحكومة تعلن خطة لدعم صغار المزارعين'
const body = {
  type: 'doc',
  content: Array.from({ length: 6 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `فقرة ${i + 1} من متن الخبر عن خطة الدعم الزراعي.` }] }))
}

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }))
}

async function expectNoOverflow(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await horizontalOverflow(page)
  expect(scrollWidth, `${where}: the page is wider than the window`).toBeLessThanOrEqual(clientWidth)
}

/** Every control the journalist can reach lies inside the window's width. */
async function expectControlsInside(page: Page, where: string) {
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [contenteditable="true"]')]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => {
        const box = el.getBoundingClientRect()
        return box.left < -1 || box.right > window.innerWidth + 1
      })
      .map((el) => el.dataset.testid ?? el.outerHTML.slice(0, 80))
  )
  expect(outside, `${where}: controls cut off at the window's edge`).toEqual([])
}

test.beforeEach(async ({ host }) => {
  const created = await host.call<{ id: string; version: number; meta: Record<string, unknown> }>('createArticle', { meta: { headline, section: 'اقتصاد' } })
  await host.call('saveArticle', { id: created.id, baseVersion: created.version, meta: created.meta, body })
})

for (const width of [360, 390, 800, 1280, 2560]) {
  test(`at ${width} px wide the library, the article and the settings fit the window`, async ({ page, openApp }) => {
    await page.setViewportSize({ width, height: 800 })
    await openApp()
    await expect(libraryRow(page, headline)).toBeVisible()
    await expectNoOverflow(page, 'library')
    await expectControlsInside(page, 'library')

    await page.getByTestId('open-settings').click()
    await expect(page.getByTestId('settings')).toBeVisible()
    await expectNoOverflow(page, 'settings')
    await expectControlsInside(page, 'settings')
    await page.getByTestId('close-settings').click()

    await libraryRow(page, headline).click()
    const screen = articleScreen(page)
    await expect(screen.headline).toHaveValue(headline)
    await expectNoOverflow(page, 'article')
    await expectControlsInside(page, 'article')

    if (width === 2560) {
      // A wide monitor does not stretch the lines past a readable measure.
      const sheet = (await page.locator('.article-sheet').boundingBox())!
      expect(sheet.width).toBeLessThanOrEqual(1000)
      await screen.backToLibrary.click()
      const list = (await page.getByTestId('article-list').boundingBox())!
      expect(list.width).toBeLessThanOrEqual(1000)
    }
  })
}

test('at 800 px the headline and the body come before the details panel', async ({ page, openApp }) => {
  await page.setViewportSize({ width: 800, height: 800 })
  await openApp()
  await libraryRow(page, headline).click()
  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue(headline)
  const headlineBox = (await screen.headline.boundingBox())!
  const bodyBox = (await screen.editor.boundingBox())!
  const panelBox = (await page.locator('.article-details').boundingBox())!
  // One column: the panel starts below the end of the body.
  expect(headlineBox.y).toBeLessThan(panelBox.y)
  expect(bodyBox.y + bodyBox.height).toBeLessThanOrEqual(panelBox.y)
  // And so in the order the keyboard and a screen reader meet them.
  const headlineFirst = await page.evaluate(() => {
    const field = document.querySelector('[data-testid="field-headline"]')!
    const panel = document.querySelector('.article-details')!
    return Boolean(field.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING)
  })
  expect(headlineFirst).toBe(true)
})
