import { test, expect } from './fixtures'
import { startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { writeNewsPhoto } from './test-image'

const story = {
  headline: 'الميناء يستقبل أول سفينة بعد الترميم',
  edited: 'الميناء يستقبل أول سفينتين بعد الترميم',
  lead: 'وصلت السفينة صباح اليوم إلى الرصيف الجديد.',
  caption: 'السفينة عند الرصيف الجديد',
  credit: 'مداد',
  alt: 'سفينة شحن عند رصيف الميناء'
}

test('the journalist previews the exported page in a script-less frame, at phone and desktop widths, and it follows each save', async ({ page, openApp, workspace }) => {
  // A policy refusing the frame or its pictures says so on the console.
  const blocked: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|Failed to load resource/i.test(message.text())) blocked.push(message.text())
  })
  const photo = await writeNewsPhoto(workspace.dir)
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp()
  const screen = await startWriting(page, story.headline)
  await typeInBody(page, story.lead)
  await page.getByTestId('figure-file').setInputFiles(photo.path)
  await expect(screen.editorFrame.getByTestId('figure-caption')).toBeVisible()
  await screen.editorFrame.getByTestId('figure-caption').fill(story.caption)
  await screen.editorFrame.getByTestId('figure-credit').fill(story.credit)
  await screen.editorFrame.getByTestId('figure-alt').fill(story.alt)
  await waitUntilSaved(page)

  const toggle = page.getByTestId('preview-toggle')
  await expect(toggle).toHaveText('معاينة')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const frameElement = page.getByTestId('preview-frame')
  await expect(frameElement).toBeVisible()
  // Sandboxed with scripts off: its one permission is its origin, for the pictures.
  await expect(frameElement).toHaveAttribute('sandbox', 'allow-same-origin')
  expect(await frameElement.getAttribute('sandbox')).not.toContain('allow-scripts')

  const frame = page.frameLocator('[data-testid="preview-frame"]')
  await expect(frame.locator('h1')).toHaveText(story.headline)
  await expect(frame.locator('figcaption')).toContainText(story.caption)
  const picture = frame.getByRole('img', { name: story.alt })
  await expect(picture).toBeVisible()
  // The picture really loaded from the stored original, not a broken link
  // (naturalWidth is scaled by the srcset's density, so its shape is compared).
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth / img.naturalHeight : 0))).toBeCloseTo(photo.width / photo.height, 2)
  expect(await picture.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toMatch(/^\/media\/[0-9a-f]{64}\.jpg$/)
  // No script in the frame can run: its document has none but JSON-LD.
  const scriptTypes = await frame.locator('script').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('type')))
  expect(scriptTypes.length).toBeGreaterThan(0)
  expect(scriptTypes.every((type) => type === 'application/ld+json')).toBe(true)

  // The pane leaves room for the editor beside it at 1280 × 800.
  const pane = (await page.getByTestId('preview-pane').boundingBox())!
  expect(pane.width).toBeLessThan(1280 * 0.7)
  expect(pane.width).toBeGreaterThan(600)

  // Phone width shows the page at 390 CSS pixels; desktop fills the pane again.
  await page.getByTestId('preview-width-phone').click()
  await expect.poll(async () => (await frameElement.boundingBox())?.width).toBe(390)
  await page.getByTestId('preview-width-desktop').click()
  await expect.poll(async () => (await frameElement.boundingBox())?.width).toBeGreaterThan(600)

  // An edit typed letter by letter shows in the preview once it is saved,
  // rendered once per save, never once per keystroke.
  const asked = { previews: 0, saves: 0 }
  page.on('request', (request) => {
    if (request.url().endsWith('/api/previewArticle')) asked.previews += 1
    if (request.url().endsWith('/api/sendArticleUpdate')) asked.saves += 1
  })
  await screen.headline.fill('')
  await screen.headline.pressSequentially(story.edited)
  await waitUntilSaved(page)
  await expect(frame.locator('h1')).toHaveText(story.edited)
  expect(asked.previews).toBeGreaterThan(0)
  expect(asked.previews).toBeLessThanOrEqual(asked.saves)
  expect(asked.previews).toBeLessThan(story.edited.length / 4)

  // Escape closes the pane and gives the keyboard back to the toggle.
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('preview-pane')).toHaveCount(0)
  await expect(toggle).toBeFocused()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')

  expect(blocked).toEqual([])
})
