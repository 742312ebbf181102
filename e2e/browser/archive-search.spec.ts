import { test, expect } from './fixtures'
import { articleScreen, openArticle, waitUntilSaved } from './newsroom-page'
import { selectWords } from './review-keys'

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

test.beforeEach(async ({ host }) => {
  const seed = [
    { headline: 'افتتاح المدرسة الجديدة في حي النصر', section: 'محليات', body: 'افتتح المحافظ صباح اليوم مدرسة ابتدائية تتسع لستمئة تلميذ.' },
    { headline: 'وزير التعليم يزور مدارس الجنوب', section: 'سياسة', body: 'قال الوزير إن المدرسة هي أساس النهضة، ووعد ببناء عشر مدارس.' },
    { headline: 'ارتفاع أسعار القمح في الأسواق', section: 'اقتصاد', body: 'ارتفعت أسعار القمح للأسبوع الثالث على التوالي.' }
  ]
  for (const { headline, section, body } of seed) {
    const created = await host.call<{ id: string; version: number; meta: Record<string, unknown> }>('createArticle', { meta: { headline, section } })
    await host.call('saveArticle', { id: created.id, baseVersion: created.version, meta: created.meta, body: paragraph(body) })
  }
})

test('a journalist searches «مدرسه» and finds «المدرسة» in a headline, narrows to a section, opens it, and links another article found through the link dialog’s search', async ({ page, openApp, host }) => {
  await openApp()
  await page.getByTestId('search-box').fill('مدرسه')
  const results = page.getByTestId('search-result')
  await expect(page.getByTestId('search-count')).toContainText('نتيجتان')
  // The headline match comes first, and the word is marked as the article spells it.
  await expect(results.first().locator('mark').first()).toHaveText('المدرسة')
  await expect(results.first()).toContainText('افتتاح المدرسة الجديدة')

  await page.getByTestId('search-section').selectOption('سياسة')
  await expect(results).toHaveCount(1)
  await expect(results.first()).toContainText('وزير التعليم يزور مدارس الجنوب')
  await results.first().click()

  const screen = articleScreen(page)
  await expect(screen.headline).toHaveValue('وزير التعليم يزور مدارس الجنوب')
  await selectWords(page, 'عشر مدارس')
  await page.getByTestId('tb-link').click()
  await page.getByTestId('link-article').fill('القمح')
  await expect(page.getByTestId('link-article-option')).toHaveText(['ارتفاع أسعار القمح في الأسواق'])
  await page.getByTestId('link-article').press('Enter')
  await page.getByTestId('link-apply').click()
  await expect(screen.editor.locator('a')).toHaveText('عشر مدارس')
  await waitUntilSaved(page)

  const listed = (await host.call<{ articles: { id: string; headline: string }[] }>('listArticles', {})).articles
  const wheat = listed.find((article) => article.headline.startsWith('ارتفاع أسعار القمح'))!
  await expect(screen.editor.locator('a')).toHaveAttribute('href', new RegExp(wheat.id))
})

test('a query of operators or quotes alone is searched safely or refused in words, never an engine error', async ({ page, openApp }) => {
  await openApp()
  const box = page.getByTestId('search-box')
  await box.fill('"مدرسة')
  await expect(page.getByTestId('search-count')).toBeVisible()
  await box.fill('* - " ( ) : ^')
  await expect(page.getByTestId('search-error')).toBeVisible()
  await expect(page.getByTestId('search-error')).not.toContainText(/fts5|syntax|SQLITE/i)
  await box.press('Escape')
  await expect(page.getByTestId('article-item')).toHaveCount(3)
})

test('a journalist opens a related block and sees archive articles on the same subject, and adds one with a click', async ({ page, openApp, host }) => {
  const reports = [
    { headline: 'زلزال بقوة ست درجات يضرب مدينة الحسيمة', body: 'ضرب زلزال مدينة الحسيمة فجر اليوم، وخرج السكان إلى الشوارع خوفًا من الهزات الارتدادية.' },
    { headline: 'فرق الإنقاذ تبحث عن ناجين تحت أنقاض الحسيمة', body: 'تواصل فرق الإنقاذ البحث تحت الأنقاض بعد الزلزال الذي هز الحسيمة.' },
    { headline: 'خبراء: الهزات الارتدادية في الحسيمة قد تستمر أسابيع', body: 'قال خبراء إن الهزات الارتدادية التي تلت زلزال الحسيمة طبيعية.' }
  ]
  for (const { headline, body } of reports) {
    const created = await host.call<{ id: string; version: number; meta: Record<string, unknown> }>('createArticle', { meta: { headline, section: 'محليات' } })
    await host.call('saveArticle', { id: created.id, baseVersion: created.version, meta: created.meta, body: paragraph(body) })
  }
  const [opened, rescue, experts] = reports.map((report) => report.headline) as [string, string, string]

  await openApp()
  await openArticle(page, opened)
  const screen = articleScreen(page)
  await screen.editor.locator('p').last().click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('/related')
  await page.keyboard.press('Enter')

  const related = screen.editorFrame.locator('[data-type="related-articles"]')
  const suggested = related.getByTestId('related-suggested')
  await expect(suggested).toContainText('مقترحات من الأرشيف')
  const suggestions = suggested.getByTestId('related-suggestion')
  // The other reports of the quake, and nothing of the schools or the wheat the archive also holds.
  await expect(suggestions).toHaveCount(2)
  await expect(suggestions.filter({ hasText: rescue })).toHaveCount(1)
  await expect(suggestions.filter({ hasText: experts })).toHaveCount(1)

  // On a phone-sized window the headlines wrap inside the block, and the page does not run past its edges.
  await page.setViewportSize({ width: 360, height: 760 })
  const block = await related.boundingBox()
  for (const box of await Promise.all((await suggestions.all()).map((suggestion) => suggestion.boundingBox()))) {
    expect(box!.x).toBeGreaterThanOrEqual(block!.x - 1)
    expect(box!.x + box!.width).toBeLessThanOrEqual(block!.x + block!.width + 1)
  }
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true)

  await suggestions.filter({ hasText: rescue }).click()
  await expect(related.getByTestId('related-item')).toHaveText([rescue])
  await expect(suggestions).toHaveCount(1)
  await expect(suggestions).toContainText(experts)
  await suggestions.click()
  await expect(related.getByTestId('related-item')).toHaveText([rescue, experts])
  await expect(suggestions).toHaveCount(0)
  await expect(related.getByTestId('related-suggested-status')).toHaveText('لا مقال آخر في الأرشيف عن هذا الموضوع.')
  await waitUntilSaved(page)
})
