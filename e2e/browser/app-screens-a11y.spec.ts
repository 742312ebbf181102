import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { articleScreen, chooseEnglish, libraryRow } from './newsroom-page'

// The app's own screens and dialogs, in Arabic and in English, pass axe-core
// (WCAG 2.x A and AA plus best practices) with nothing found, and every
// dialog opens with Enter, closes with Escape and gives the keyboard back to
// the control that opened it.

// The two sweeps are the suite's longest tests: each on a worker of its own,
// so neither waits for the other at the end of a run.
test.describe.configure({ mode: 'parallel' })

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
const headline = 'افتتاح معرض الكتاب الدولي'

async function expectNoViolations(page: Page, where: string) {
  // The preview's frame holds the exported page, checked on its own in exported-page-a11y.spec.ts.
  const results = await new AxeBuilder({ page }).withTags(axeTags).exclude('[data-testid="preview-frame"]').analyze()
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(found, where).toEqual([])
}

test.beforeEach(async ({ host }) => {
  const created = await host.call<{ id: string; version: number; meta: Record<string, unknown> }>('createArticle', { meta: { headline, section: 'ثقافة' } })
  await host.call('saveArticle', {
    id: created.id,
    baseVersion: created.version,
    meta: created.meta,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'افتتح المعرض أبوابه صباح اليوم.' }] }] }
  })
})

for (const locale of ['ar', 'en'] as const) {
  test(`every screen and dialog passes axe-core in ${locale === 'ar' ? 'Arabic' : 'English'}`, async ({ page, openApp }) => {
    // Nine full axe-core runs on a shared two-core machine.
    test.setTimeout(360_000)
    await page.setViewportSize({ width: 1280, height: 800 })
    await openApp()
    if (locale === 'en') await chooseEnglish(page)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(libraryRow(page, headline)).toBeVisible()
    await expectNoViolations(page, 'library')

    await page.getByTestId('open-settings').click()
    await expect(page.getByTestId('settings')).toBeVisible()
    await expectNoViolations(page, 'settings')
    await page.getByTestId('close-settings').click()

    await page.getByTestId('delete-article').click()
    await expect(page.getByTestId('confirm-delete')).toBeVisible()
    await expectNoViolations(page, 'delete confirmation')
    await page.getByTestId('cancel-delete').click()

    await page.getByTestId('export-batch').click()
    await expect(page.getByTestId('batch-dialog')).toBeVisible()
    await expectNoViolations(page, 'batch export dialog')
    await page.getByTestId('batch-close').click()

    await page.getByTestId('search-box').fill('معرض')
    await expect(page.getByTestId('search-result')).toHaveCount(1)
    await expectNoViolations(page, 'library search results')
    await page.getByTestId('search-box').fill('')

    await page.getByTestId('send-bundle').click()
    await expect(page.getByTestId('send-bundle-dialog')).toBeVisible()
    await expectNoViolations(page, 'send for review dialog')
    await page.getByTestId('send-bundle-dialog').getByTestId('bundle-pick').first().check()
    await page.getByTestId('bundle-send').click()
    const bundleFile = (await page.getByTestId('bundle-file').textContent())?.trim() ?? ''
    await page.getByTestId('bundle-close').click()
    await page.getByTestId('import-file').setInputFiles(bundleFile)
    await expect(page.getByTestId('bundle-dialog')).toHaveAttribute('data-phase', 'preview')
    await expectNoViolations(page, 'bundle preview dialog')
    await page.getByTestId('bundle-cancel').click()

    await libraryRow(page, headline).click()
    const screen = articleScreen(page)
    await expect(screen.headline).toHaveValue(headline)
    await expectNoViolations(page, 'article')

    await page.getByTestId('history-open').click()
    const history = page.getByTestId('history')
    await history.getByTestId('save-revision').click()
    await history.getByTestId('revision').first().getByTestId('compare-revision').click()
    await expect(history.getByTestId('comparison-none')).toBeVisible()
    await history.getByTestId('who-wrote').click()
    await expect(history.locator('.written-by').first()).toBeVisible()
    await expectNoViolations(page, 'history, with who wrote what')
    await history.getByTestId('close-history').click()

    await screen.editor.locator('p').first().click()
    await page.getByTestId('tb-link').click()
    await expect(page.getByTestId('link-url')).toBeVisible()
    await expectNoViolations(page, 'link dialog')
    await page.getByTestId('link-cancel').click()

    await page.getByTestId('tb-shortcuts').click()
    await expect(page.getByTestId('shortcut-sheet')).toBeVisible()
    await expectNoViolations(page, 'shortcut sheet')
    await page.getByTestId('shortcut-sheet-close').click()

    await page.getByTestId('tb-insert').click()
    await expect(page.getByRole('menu')).toBeVisible()
    await expectNoViolations(page, 'insert menu')
    await page.keyboard.press('Escape')

    await page.getByTestId('preview-toggle').click()
    await expect(page.getByTestId('preview-frame')).toBeVisible()
    await expectNoViolations(page, 'preview')
  })
}
