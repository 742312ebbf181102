import { test, expect } from './fixtures'
import { chooseEnglish, libraryRow } from './newsroom-page'

test('an empty library says so once and offers no batch export', async ({ page, openApp }) => {
  await openApp()
  await expect(page.getByTestId('library-empty')).toHaveText('لا مقالات بعد. ابدأ بمقال جديد.')
  await expect(page.getByTestId('new-article')).toBeVisible()
  await expect(page.getByText(/لا مقالات/)).toHaveCount(1)
  await expect(page.getByTestId('export-batch')).toHaveCount(0)
})

test('the batch export is offered once the library has an article', async ({ page, openApp, host }) => {
  await host.call('createArticle', { meta: { headline: 'افتتاح معرض الكتاب' } })
  await openApp()
  await expect(libraryRow(page, 'افتتاح معرض الكتاب')).toBeVisible()
  await expect(page.getByTestId('export-batch')).toBeEnabled()
  await expect(page.getByTestId('library-empty')).toHaveCount(0)
})

test('in English an Arabic section keeps its place in the row: section, then the word count', async ({ page, openApp, host }) => {
  const headline = 'ارتفاع أسعار الذهب'
  const created = await host.call<{ id: string; version: number; meta: Record<string, unknown> }>('createArticle', { meta: { headline, section: 'اقتصاد' } })
  await host.call('saveArticle', {
    id: created.id,
    baseVersion: created.version,
    meta: created.meta,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ارتفعت أسعار الذهب اليوم في الأسواق العالمية' }] }] }
  })
  await openApp()
  await chooseEnglish(page)

  const row = libraryRow(page, headline)
  const section = row.getByTestId('article-item-section')
  const words = row.getByTestId('article-item-words')
  await expect(words).toHaveText('7 words')
  // The section is isolated, so its Arabic does not pull the number into its run.
  await expect(section).toHaveText('اقتصاد')
  expect(await section.evaluate((el) => el.tagName)).toBe('BDI')
  // Laid out left to right, as the English line reads: section first, then the count.
  const sectionBox = (await section.boundingBox())!
  const numberBox = await words.evaluate((el) => {
    const range = document.createRange()
    range.setStart(el.firstChild!, 0)
    range.setEnd(el.firstChild!, 1)
    return range.getBoundingClientRect().toJSON() as { left: number; right: number }
  })
  expect(sectionBox.x + sectionBox.width).toBeLessThan(numberBox.left)
  // The headline takes its own direction from its first strong letter.
  await expect(row.locator('.article-item-headline')).toHaveAttribute('dir', 'auto')
})
