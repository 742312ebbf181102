import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import type { Page } from '@playwright/test'
import { openCore } from '../../electron/core/core'
import { tableArticle } from '../../electron/core/export/testing/export-fixtures'
import { test, expect } from './fixtures'

// The exported page is read on a phone and on a desktop, with no script at
// all. The article is made through core (the same the app and the CLI use)
// and the page opened as a file, scripts off, as a site would serve it.

async function exportedStory(dir: string): Promise<string> {
  const core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  try {
    const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1d5c7a' } }).jpeg().toBuffer()
    const image = await core.addImage('summit.jpg', photo)
    const paragraph = (text: string, dir?: 'ltr') => ({ type: 'paragraph', ...(dir ? { attrs: { dir } } : {}), content: [{ type: 'text', text }] })
    const article = core.createArticle(
      {
        section: 'أخبار العالم',
        kicker: 'روسيا والصين',
        headline: 'بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي',
        dek: 'وصف الرئيس الروسي التحالف مع الصين بأنه «عامل استقرار» حاسم في المشهد الدولي.',
        bylines: ['سارة الأحمد'],
        dateline: 'موسكو',
        leadImage: { mediaId: image.mediaId, caption: 'الرئيسان خلال القمة', credit: 'أ ف ب', alt: 'الرئيسان' }
      },
      {
        type: 'doc',
        content: [
          paragraph('وصف الرئيس الروسي فلاديمير بوتين، يوم الأربعاء، التحالف مع الصين بأنه عامل استقرار حاسم في المشهد الدولي.'),
          paragraph('https://example.org/a-very-long-address-pasted-as-text-without-any-space-in-it-at-all/and/deeper/still'),
          paragraph('Gazprom said the pipeline is on schedule.', 'ltr'),
          { type: 'quote', attrs: { attribution: 'فلاديمير بوتين' }, content: [paragraph('نحن مستعدون لمواصلة تعميق التعاون.')] },
          { type: 'figure', attrs: { mediaId: image.mediaId, alt: 'خريطة', caption: 'خريطة', credit: 'رويترز', width: 1600, height: 900 } }
        ]
      }
    )
    return join((await core.exportArticle(article.id, join(dir, 'exports', article.id))).folder, 'index.html')
  } finally {
    core.close()
  }
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox()
  if (!found) throw new Error(`${selector} is not shown`)
  return found
}

for (const [device, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
  test(`the exported page reads as an Arabic article on a ${device}, without script`, async ({ browser, workspace }, testInfo) => {
    const file = await exportedStory(workspace.dir)
    const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(pathToFileURL(file).href)

    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    const article = await box(page, 'article')
    expect(article.width).toBeLessThanOrEqual(width)
    // The column is centred on a desktop and fills a phone.
    if (device === 'desktop') expect(Math.abs(article.x + article.width / 2 - width / 2)).toBeLessThan(2)
    else expect(article.width).toBe(width)

    // Right to left: the headline and the copy start at the column's right edge…
    const column = await box(page, 'article > p')
    const headline = await page.locator('h1').evaluate((h1) => {
      const range = document.createRange()
      range.selectNodeContents(h1)
      const rects = [...range.getClientRects()]
      return { right: Math.max(...rects.map((r) => r.right)), direction: getComputedStyle(h1).direction }
    })
    expect(headline.direction).toBe('rtl')
    expect(Math.abs(headline.right - (column.x + column.width))).toBeLessThan(2)
    // …and the English paragraph at its left edge.
    const english = await page.locator('p[dir="ltr"]').evaluate((p) => {
      const range = document.createRange()
      range.selectNodeContents(p)
      return { left: range.getClientRects()[0]!.left, start: p.getBoundingClientRect().left }
    })
    expect(Math.abs(english.left - english.start)).toBeLessThan(2)

    // The lead picture spans the column (the screen, on a phone) and keeps its proportions.
    const lead = await box(page, '.lead-image img')
    expect(Math.abs(lead.width / lead.height - 16 / 9)).toBeLessThan(0.02)
    if (device === 'phone') expect(lead.width).toBe(width)
    else expect(Math.abs(lead.width - column.width)).toBeLessThan(2)
    // The body type is large enough to read, in the Naskh stack the stylesheet names.
    const copy = await page.locator('article > p').first().evaluate((p) => ({ size: parseFloat(getComputedStyle(p).fontSize), family: getComputedStyle(p).fontFamily }))
    expect(copy.size).toBeGreaterThanOrEqual(18)
    expect(copy.family).toContain('Naskh')

    await page.screenshot({ path: testInfo.outputPath(`exported-${device}.png`), fullPage: true })
    await context.close()
  })
}

test('on a phone a wide table scrolls inside its own box, never the page, its first column at the right', async ({ browser, workspace }) => {
  const core = openCore({ dbPath: join(workspace.dir, 'midad.sqlite') })
  let file: string
  try {
    const fixture = tableArticle()
    const article = core.createArticle(fixture.meta, fixture.body)
    file = join((await core.exportArticle(article.id, join(workspace.dir, 'exports', article.id))).folder, 'index.html')
  } finally {
    core.close()
  }
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(pathToFileURL(file).href)

  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  const scroller = page.getByRole('region', { name: 'سعر لتر البنزين بالدولار، شهرًا بشهر' })
  const overflow = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, style: getComputedStyle(el).overflowX }))
  expect(overflow.style).toBe('auto')
  expect(overflow.scroll).toBeGreaterThan(overflow.client)
  const frame = await box(page, '.table-scroll')
  expect(frame.x).toBeGreaterThanOrEqual(0)
  expect(frame.x + frame.width).toBeLessThanOrEqual(390)
  // Right to left: the first column (the city) is the rightmost.
  const first = await box(page, 'thead th:first-child')
  expect(Math.abs(first.x + first.width - (frame.x + frame.width))).toBeLessThan(2)
  // The box is reached with the keyboard, so its hidden columns can be scrolled into view.
  await page.keyboard.press('Tab')
  await expect(scroller).toBeFocused()
  await context.close()
})
