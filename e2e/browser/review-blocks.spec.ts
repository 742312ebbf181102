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
