import { openCore } from '../../electron/core'
import { test, expect } from './fixtures'
import type { Page } from '@playwright/test'
import { chooseEnglish } from './newsroom-page'

const SIZE = 1_200

/** The row whose headline is exactly this one («خبر رقم 1», not «خبر رقم 18»). */
const rowOf = (page: Page, headline: string) => page.getByTestId('article-item').filter({ has: page.getByText(headline, { exact: true }) })

test('a library of 1,200 articles draws only the rows in sight, scrolls to the oldest, counts by status and filters without losing its place', async ({ page, openApp, workspace }) => {
  // Written through core, as the CLI or another desk would: every third goes to review.
  const core = openCore({ dbPath: workspace.dbPath })
  try {
    for (let n = 0; n < SIZE; n++) {
      const { id } = core.createArticle({ headline: `خبر رقم ${n}`, section: 'محليات' })
      if (n % 3 === 0) core.setArticleStatus(id, 'in_review')
    }
  } finally {
    core.close()
  }

  await openApp()
  await chooseEnglish(page)
  await expect(page.locator('.library-count')).toHaveText('1,200 articles')
  await expect(page.getByTestId('status-filter-in_review').locator('..')).toContainText('In review (400)')
  await expect(page.getByTestId('article-item').first()).toContainText(`خبر رقم ${SIZE - 1}`)
  // Only what the window shows (and a few rows either side) is drawn, each row told its place in the whole.
  const drawn = await page.getByTestId('article-item').count()
  expect(drawn).toBeGreaterThan(5)
  expect(drawn).toBeLessThan(60)
  await expect(page.getByTestId('article-item').first()).toHaveAttribute('aria-setsize', String(SIZE))

  // The oldest article is at the bottom of the page, as if every row were there.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await expect(rowOf(page, 'خبر رقم 0')).toBeVisible()
  await expect(rowOf(page, 'خبر رقم 0')).toHaveAttribute('aria-posinset', String(SIZE))
  expect(await page.getByTestId('article-item').count()).toBeLessThan(60)

  // Opened from the far end of the archive, and back.
  await rowOf(page, 'خبر رقم 1').click()
  await expect(page.getByTestId('field-headline')).toHaveValue('خبر رقم 1')
  await page.getByTestId('back-to-library').click()
  await expect(page.locator('.library-count')).toHaveText('1,200 articles')

  // One status: its count, and only its rows, newest first.
  await page.getByTestId('status-filter-in_review').check()
  await expect(page.locator('.library-count')).toHaveText('400 articles')
  await expect(page.getByTestId('article-item').first()).toContainText(`خبر رقم ${SIZE - 3}`)
  const statuses = await page.getByTestId('article-item-status').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-status')))
  expect(new Set(statuses)).toEqual(new Set(['in_review']))

  // Sending for review offers the newest thirty to tick; an old article is found by searching, and joins them ticked.
  await page.getByTestId('send-bundle').click()
  const dialog = page.getByTestId('send-bundle-dialog')
  await expect(dialog.getByTestId('bundle-pick')).toHaveCount(30)
  await dialog.getByTestId('bundle-find').fill('خبر رقم 5')
  await dialog.getByTestId('bundle-find-option').first().click()
  await expect(dialog.getByTestId('bundle-pick')).toHaveCount(31)
  await expect(dialog.getByLabel('خبر رقم 5', { exact: true })).toBeChecked()
  await expect(dialog.getByTestId('bundle-count')).toHaveText('1 article chosen')
})
