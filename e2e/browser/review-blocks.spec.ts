import { test, expect } from './fixtures'
import { articleScreen, startWriting, typeInBody, useToolbar, waitUntilSaved } from './newsroom-page'
import { writeNewsPhoto } from './test-image'

test('suggesting in a list and a heading: each change waits as a suggestion, and rejecting puts the block back as it was', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page, 'نتائج الانتخابات')
  await typeInBody(page, 'فاز المرشح بأغلبية')
  await page.keyboard.press('Enter')
  await useToolbar(page, 'tb-bullet-list')
  await typeInBody(page, 'البند الأول')
  await waitUntilSaved(page)

  await page.getByTestId('tb-suggesting').click()
  const panel = page.getByTestId('review-panel')
  // In the list item: a word added.
  await screen.editor.locator('li p').click()
  await page.keyboard.press('End')
  await typeInBody(page, ' والأخير')
  await expect(screen.editor.locator('li ins')).toHaveText(' والأخير')
  // The first paragraph made a heading: a change of the block, not of its words.
  await screen.editor.locator('p').first().click()
  await useToolbar(page, 'tb-h2')
  await expect(screen.editor.locator('h2')).toHaveText('فاز المرشح بأغلبية')
  await expect(panel.getByTestId('suggestion')).toHaveCount(2)

  await panel.getByTestId('reject-all').click()
  await expect(panel.getByTestId('suggestion')).toHaveCount(0)
  await expect(screen.editor.locator('h2')).toHaveCount(0)
  await expect(screen.editor.locator('p').first()).toHaveText('فاز المرشح بأغلبية')
  await expect(screen.editor.locator('li')).toHaveText('البند الأول')
  await waitUntilSaved(page)
})

test('a caption changed while suggesting shows what it was, and rejecting it brings that caption back', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  await openApp()
  const screen = await startWriting(page, 'حافلات كهربائية')
  await typeInBody(page, 'تدخل الحافلات الخدمة غدا')
  await page.getByTestId('figure-file').setInputFiles(photo.path)
  const caption = screen.editorFrame.getByTestId('figure-caption')
  await caption.click()
  await caption.pressSequentially('حافلة في المحطة')
  await waitUntilSaved(page)

  await page.getByTestId('tb-suggesting').click()
  await caption.click()
  await page.keyboard.press('End')
  await caption.pressSequentially(" الرئيسية")
  await expect(caption).toHaveValue('حافلة في المحطة الرئيسية')
  const panel = page.getByTestId('review-panel')
  await expect(panel.getByTestId('suggestion')).toHaveCount(1)
  await expect(screen.editorFrame.getByTestId('figure-suggested')).toContainText('حافلة في المحطة')

  await panel.getByTestId('suggestion-reject').click()
  await expect(caption).toHaveValue('حافلة في المحطة')
  await expect(panel.getByTestId('suggestion')).toHaveCount(0)
})

test('a paragraph deleted while suggesting stays struck through until someone decides', async ({ page, openApp }) => {
  await openApp()
  const screen = await startWriting(page, 'خبر قصير')
  await typeInBody(page, 'الفقرة الأولى تبقى')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'الفقرة الثانية تحذف')
  await waitUntilSaved(page)
  await page.getByTestId('tb-suggesting').click()
  // From the end of the first paragraph to the end of the second: the second goes whole.
  await screen.editor.locator('p').first().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+End')
  await page.keyboard.press('Backspace')
  await expect(screen.editor.locator('del')).toContainText(['الفقرة الثانية تحذف'])
  await expect(screen.editor.locator('p')).toHaveText(['الفقرة الأولى تبقى', /الفقرة الثانية تحذف/])
  await page.getByTestId('review-panel').getByTestId('accept-all').click()
  await expect(screen.editor.locator('p')).toHaveText(['الفقرة الأولى تبقى'])
})

test('suggesting in a table cell, a table caption and a quote attribution: typed without losing a key, and all rejected at once', async ({ page, host, openApp }) => {
  const created = await host.call<{ id: string; version: number; meta: Record<string, unknown> }>('createArticle', { meta: { headline: 'نتائج الجولة' } })
  const cell = (text: string) => ({ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
  await host.call('saveArticle', {
    id: created.id,
    baseVersion: created.version,
    meta: created.meta,
    body: {
      type: 'doc',
      content: [
        { type: 'quote', attrs: { attribution: 'الوزير' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'النتائج مرضية' }] }] },
        { type: 'table', attrs: { caption: 'الأصوات' }, content: [{ type: 'tableRow', content: [cell('المرشح'), cell('ألف صوت')] }] }
      ]
    }
  })
  await openApp()
  await page.getByTestId('article-item').filter({ hasText: 'نتائج الجولة' }).click()
  const screen = articleScreen(page)
  await expect(screen.editor.locator('table')).toHaveCount(1)
  await page.getByTestId('tb-suggesting').click()

  await screen.editor.locator('td').last().click()
  await page.keyboard.press('End')
  await typeInBody(page, ' تقريبا')
  await expect(screen.editor.locator('td ins')).toHaveText(' تقريبا')
  // Rows can be suggested; a column is added while editing.
  await expect(page.getByTestId('tb-table-add-row')).toBeEnabled()
  await expect(page.getByTestId('tb-table-add-column')).toBeDisabled()

  const tableCaption = screen.editor.getByTestId('table-caption')
  await tableCaption.click()
  await page.keyboard.press('End')
  await tableCaption.pressSequentially(' في الجولة الأولى')
  await expect(tableCaption).toHaveValue('الأصوات في الجولة الأولى')

  const attribution = screen.editor.getByTestId('quote-attribution')
  await attribution.click()
  await page.keyboard.press('End')
  await attribution.pressSequentially(' الأول')
  await expect(attribution).toHaveValue('الوزير الأول')

  const panel = page.getByTestId('review-panel')
  await expect(panel.getByTestId('suggestion')).toHaveCount(3)
  await panel.getByTestId('reject-all').click()
  await expect(panel.getByTestId('suggestion')).toHaveCount(0)
  await expect(screen.editor.locator('td').last()).toHaveText('ألف صوت')
  await expect(tableCaption).toHaveValue('الأصوات')
  await expect(attribution).toHaveValue('الوزير')
  await waitUntilSaved(page)
})
