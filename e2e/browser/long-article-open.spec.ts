import { translate } from '../../shared/i18n/translate'
import { test, expect } from './fixtures'
import { articleScreen, libraryRow, typeInBody, waitUntilSaved } from './newsroom-page'

// Opening a long article: the body is loaded as it was stored (and not as an
// undoable edit), the status bar counts it, the check panel draws the first
// findings and the rest on request, and the closed preview asks for nothing.

const headline = 'تقرير مطوّل عن الموازنة العامة'
// Each paragraph has a Latin comma between Arabic words (a warning) and harakat (counted with their letter).
const paragraphs = Array.from({ length: 60 }, (_, i) => `قالَ الوزيرُ في الفقرة ${i + 1} من التقرير ,وأضافَ أن الموازنة جاهزة.`)
const graphemes = (text: string) => [...new Intl.Segmenter('ar', { granularity: 'grapheme' }).segment(text)].length

test('a long article opens as stored, counted, with its findings drawn in pages and no preview rendered', async ({ page, host, openApp }) => {
  const created = await host.call<{ id: string; version: number; meta: Record<string, unknown> }>('createArticle', {
    meta: { headline, section: 'اقتصاد', bylines: ['سارة خليل'] }
  })
  const body = { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
  await host.call('saveArticle', { id: created.id, baseVersion: created.version, meta: created.meta, body })
  const previews: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/previewArticle')) previews.push(request.url())
  })

  await openApp()
  await libraryRow(page, headline).click()
  const screen = articleScreen(page)
  await expect(screen.editor.locator('p')).toHaveCount(60)
  await expect(page.getByTestId('character-count')).toHaveText(translate('ar', 'statistics.characters', { count: graphemes(paragraphs.join('')) }))

  // Undo straight after opening has nothing to take back: loading the article was not an edit.
  await screen.editor.locator('p').last().click()
  await page.keyboard.press('Control+KeyZ')
  await expect(screen.editor.locator('p')).toHaveCount(60)
  await expect(screen.editor.locator('p').first()).toHaveText(paragraphs[0]!)
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')

  // 60 Latin commas and no lead image: 61 warnings counted, 25 drawn, the rest on request.
  const panel = page.getByTestId('check-panel')
  const findings = panel.getByTestId('check-finding')
  await expect(panel.getByTestId('check-errors')).toHaveAttribute('data-count', '0')
  await expect(panel.getByTestId('check-warnings')).toHaveAttribute('data-count', '61')
  await expect(findings).toHaveCount(25)
  await expect(panel.getByTestId('check-more')).toHaveText(translate('ar', 'check.showMore', { count: 36 }))
  await panel.getByTestId('check-more').click()
  await expect(findings).toHaveCount(61)
  await expect(panel.getByTestId('check-more')).toHaveCount(0)

  // A finding drawn on request still takes the journalist to its comma (the lead image comes first).
  await findings.nth(50).click()
  await expect(screen.editor).toBeFocused()
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(',')
  expect(await page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('p')?.textContent)).toBe(paragraphs[49])

  // An edit is saved and checked again; the findings shown stay shown.
  await screen.editor.locator('p').first().click()
  await page.keyboard.press('End')
  await typeInBody(page, ' تم')
  await waitUntilSaved(page)
  await expect(findings).toHaveCount(61)

  // The preview pane was never opened: nothing was rendered for it.
  expect(previews).toEqual([])
})
