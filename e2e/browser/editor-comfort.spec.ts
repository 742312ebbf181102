import { test, expect } from './fixtures'
import { articleScreen, libraryRow } from './newsroom-page'

// What a journalist sees while writing: no stray scrollbar on the headline,
// paragraphs that visibly end, a toolbar that tells the truth about the line
// the caret is on, and a slash menu that never falls off the window.

const paragraph = (text: string, attrs?: Record<string, unknown>) => ({ type: 'paragraph', ...(attrs ? { attrs } : {}), content: [{ type: 'text', text }] })

async function storeArticle(host: { call: <T>(op: string, payload: unknown) => Promise<T> }, headline: string, content: unknown[]) {
  const created = await host.call<{ id: string; version: number; meta: Record<string, unknown> }>('createArticle', { meta: { headline } })
  await host.call('saveArticle', { id: created.id, baseVersion: created.version, meta: created.meta, body: { type: 'doc', content } })
}

test('the headline grows with its lines and never shows a scrollbar; paragraphs have a visible gap between them', async ({ page, openApp, host }) => {
  const short = 'انخفاض أسعار الوقود'
  await storeArticle(host, short, [paragraph('الفقرة الأولى من الخبر.'), paragraph('الفقرة الثانية من الخبر.')])
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp()
  await libraryRow(page, short).click()
  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue(short)

  const fits = () => screen.headline.evaluate((el: HTMLTextAreaElement) => ({ scroll: el.scrollHeight, client: el.clientHeight }))
  const oneLine = await fits()
  expect(oneLine.scroll).toBeLessThanOrEqual(oneLine.client)

  // Three lines at this width: the box grows to hold them, still without a scrollbar.
  const long = 'الحكومة تعلن خطة شاملة لدعم صغار المزارعين في المحافظات الجنوبية وتخصص ميزانية إضافية لتعويض خسائر موسم الجفاف الطويل'
  await screen.headline.fill(long)
  const threeLines = await fits()
  expect(threeLines.client).toBeGreaterThan(oneLine.client * 2.5)
  expect(threeLines.scroll).toBeLessThanOrEqual(threeLines.client)

  const [first, second] = await screen.editor.locator('p').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })))
  expect(second!.top - first!.bottom).toBeGreaterThan(4)
})

test('on an Arabic article LTR and EN are pressed only on a left-to-right line and in an English run', async ({ page, openApp, host }) => {
  const headline = 'قمة المناخ تختتم أعمالها'
  await storeArticle(host, headline, [
    paragraph('اختتمت قمة المناخ أعمالها مساء أمس.'),
    paragraph('The summit ended last night.', { dir: 'ltr' }),
    { type: 'paragraph', content: [{ type: 'text', text: 'قالت وكالة ' }, { type: 'text', text: 'Reuters', marks: [{ type: 'lang', attrs: { lang: 'en' } }] }, { type: 'text', text: ' إن القمة نجحت.' }] }
  ])
  await openApp()
  await libraryRow(page, headline).click()
  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue(headline)
  const ltr = page.getByTestId('tb-direction')
  const english = page.getByTestId('tb-lang-en')
  const paragraphs = screen.editor.locator('p')

  // Nothing pressed before the journalist has put the caret anywhere.
  await expect(ltr).toHaveAttribute('aria-pressed', 'false')
  await expect(english).toHaveAttribute('aria-pressed', 'false')

  await paragraphs.nth(0).click()
  await expect(ltr).toHaveAttribute('aria-pressed', 'false')
  await expect(english).toHaveAttribute('aria-pressed', 'false')
  // Unpressed looks like every other unpressed tool.
  const background = (testId: string) => page.getByTestId(testId).evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(await background('tb-direction')).toBe(await background('tb-quote'))
  expect(await background('tb-lang-en')).toBe(await background('tb-quote'))

  await paragraphs.nth(1).click()
  await expect(ltr).toHaveAttribute('aria-pressed', 'true')
  expect(await background('tb-direction')).not.toBe(await background('tb-quote'))
  await expect(english).toHaveAttribute('aria-pressed', 'false')

  await paragraphs.nth(2).getByText('Reuters').click()
  await expect(english).toHaveAttribute('aria-pressed', 'true')
  await expect(ltr).toHaveAttribute('aria-pressed', 'false')

  await paragraphs.nth(0).click()
  await expect(ltr).toHaveAttribute('aria-pressed', 'false')
  await expect(english).toHaveAttribute('aria-pressed', 'false')
})

test('near the bottom of a long article the slash menu stays inside the window', async ({ page, openApp, host }) => {
  const headline = 'تقرير مطول عن الموازنة'
  const content: unknown[] = Array.from({ length: 40 }, (_, i) => paragraph(`الفقرة ${i + 1} من التقرير المطول عن أرقام الموازنة العامة.`))
  content.splice(30, 0, { type: 'paragraph' })
  await storeArticle(host, headline, content)
  await page.setViewportSize({ width: 1280, height: 720 })
  await openApp()
  await libraryRow(page, headline).click()
  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue(headline)

  // An empty line deep in the article, scrolled to the very bottom of the window.
  const last = screen.editor.locator('p').nth(30)
  await last.click()
  await last.evaluate((el) => el.scrollIntoView({ block: 'end' }))
  const line = (await last.boundingBox())!
  expect(line.y + line.height).toBeGreaterThan(720 - 100)
  await page.keyboard.type('/')
  const menu = page.getByTestId('slash-menu')
  await expect(menu).toBeVisible()
  const box = (await menu.boundingBox())!
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height).toBeLessThanOrEqual(720)
  // Every choice can be reached: the last one scrolls into sight with the arrows.
  const options = menu.getByRole('option')
  const count = await options.count()
  for (let i = 1; i < count; i++) await page.keyboard.press('ArrowDown')
  await expect(options.nth(count - 1)).toHaveAttribute('aria-selected', 'true')
  await expect(options.nth(count - 1)).toBeInViewport()
})
