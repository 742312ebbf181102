import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { articleScreen, openArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { storedArticleId, storedBody } from './body-keys'
import { nodesOfType, textOf } from './stored-article'
import { writeNewsPhoto } from './test-image'
import { checkHtmlAfterSuite } from './html-checker'
import type { Page } from '@playwright/test'

const earlier = 'قمة بكين: ما الذي اتفق عليه الطرفان؟'
const headline = 'الكرملين: التعاون مع الصين بلا حدود'

async function writeEarlierArticle(page: Page): Promise<void> {
  const screen = await startWriting(page, earlier)
  await typeInBody(page, 'نص المقال السابق')
  await waitUntilSaved(page)
  await screen.backToLibrary.click()
}

/** "/" and a filter on an empty line, then Enter on the first match. */
async function insertFromSlashMenu(page: Page, filter: string): Promise<void> {
  await page.keyboard.type(`/${filter}`)
  await expect(page.getByTestId('slash-menu')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('slash-menu')).toBeHidden()
}

/** Selects words in the body, as dragging the mouse over them would. */
async function selectWords(page: Page, words: string): Promise<void> {
  await articleScreen(page).editor.evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + target.length)
      document.getSelection()?.removeAllRanges()
      document.getSelection()?.addRange(range)
      return
    }
    throw new Error(`"${target}" is not in the body`)
  }, words)
}

/** Back to typing on the empty line the editor keeps at the end. */
async function toLastLine(page: Page): Promise<void> {
  await articleScreen(page).editor.locator(':scope > p').last().click()
}

test('every block comes in from the slash menu and the insert menu, is saved, and is published as valid HTML', async ({
  page,
  openApp,
  workspace
}) => {
  // Two articles, ten blocks, a reload and an export: a long journey on a
  // two-core machine shared with other suites.
  test.slow()
  const photo = await writeNewsPhoto(workspace.dir)
  await openApp()
  await writeEarlierArticle(page)
  const screen = await startWriting(page, headline)

  // The list: every block, Arabic names; Escape closes it and keeps the "/".
  await page.keyboard.type('/')
  const menu = page.getByTestId('slash-menu')
  await expect(menu.getByRole('option')).toHaveCount(11)
  await expect(menu).toContainText('اقتباس بارز')
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(screen.editor.locator('p').first()).toHaveText('/')
  await page.keyboard.press('Backspace')

  // Arrow keys: paragraph, h2, h3 — down twice and up once is the heading.
  await page.keyboard.type('/')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('option', { selected: true })).toHaveText('عنوان فرعي صغير')
  await page.keyboard.press('ArrowUp')
  await expect(menu.getByRole('option', { selected: true })).toHaveText('عنوان فرعي')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'عمق الشراكة')
  await page.keyboard.press('Enter')

  // Filtering by an Arabic or an English name.
  await insertFromSlashMenu(page, 'صغير')
  await typeInBody(page, 'التعاون الاقتصادي')
  await page.keyboard.press('Enter')
  await insertFromSlashMenu(page, 'paragraph')
  await typeInBody(page, 'فقرة بعد العنوان')
  await page.keyboard.press('Enter')

  await insertFromSlashMenu(page, 'pull')
  await typeInBody(page, 'صداقتنا بلا حدود')
  await screen.editorFrame.getByTestId('pull-quote-attribution').fill('شي جين بينغ')
  await toLastLine(page)

  await insertFromSlashMenu(page, 'اقتباس')
  await typeInBody(page, 'نحن مستعدون')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')

  await insertFromSlashMenu(page, 'نقطية')
  await typeInBody(page, 'الطاقة')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await insertFromSlashMenu(page, 'numbered')
  await typeInBody(page, 'أولًا')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')

  await insertFromSlashMenu(page, 'فاصل')
  await expect(screen.editor.locator('hr')).toHaveCount(1)
  await toLastLine(page)

  // A figure that waits for its picture: caption and credit first.
  await insertFromSlashMenu(page, 'image')
  const figure = screen.editorFrame.locator('[data-type="figure"]')
  await expect(figure.getByTestId('figure-choose')).toBeVisible()
  await figure.getByTestId('figure-caption').fill('الرئيسان في الكرملين')
  await expect(figure.locator('datalist option')).toHaveCount(6)
  const presets = await figure.locator('datalist option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
  expect(presets).toEqual(expect.arrayContaining(['أ ف ب', 'رويترز', 'أسوشيتد برس', 'الأناضول', 'Getty Images']))
  await figure.getByTestId('figure-credit').fill('رويترز')
  // Alt text too: without it the pre-publish check would refuse the export below.
  await figure.getByTestId('figure-alt').fill('بوتين وشي يتصافحان')
  await figure.getByTestId('figure-choose-file').setInputFiles(photo.path)
  await expect(figure.locator('img')).toBeVisible()
  await toLastLine(page)

  await insertFromSlashMenu(page, 'related')
  const related = screen.editorFrame.locator('[data-type="related-articles"]')
  // The archive is searched for the earlier article, «قمة» typed with a plain ه as many keyboards give it.
  await related.getByTestId('related-pick').fill('قمه بكين')
  await expect(related.getByTestId('related-pick-option')).toHaveText([earlier])
  await related.getByTestId('related-pick-option').click()
  await expect(related.getByTestId('related-item')).toHaveText([earlier])
  await toLastLine(page)

  // The toolbar's insert menu holds the same blocks.
  await page.getByTestId('tb-insert').click()
  await expect(page.getByRole('menu').getByRole('menuitem')).toHaveCount(11)
  await page.getByTestId('insert-separator').click()
  await expect(screen.editor.locator('hr')).toHaveCount(2)
  await toLastLine(page)

  // An internal link to the earlier article, and an English run.
  await typeInBody(page, 'راجع التقرير Reuters')
  await selectWords(page, 'Reuters')
  await page.getByTestId('tb-lang-en').click()
  await expect(screen.editor.locator('span[lang="en"]')).toHaveText('Reuters')
  await selectWords(page, 'راجع التقرير')
  await page.getByTestId('tb-link').click()
  await page.getByTestId('link-article').fill('بكين')
  await expect(page.getByTestId('link-article-option')).toHaveText([earlier])
  await page.getByTestId('link-article').press('Enter')
  await expect(page.getByTestId('link-picked')).toHaveText(earlier)
  await page.getByTestId('link-apply').click()
  await expect(screen.editor.locator('a')).toHaveCount(1)
  await waitUntilSaved(page)

  await page.reload()
  await openArticle(page, headline)
  await expect(screen.editor.locator('h3')).toHaveText('التعاون الاقتصادي')
  await expect(screen.editorFrame.getByTestId('pull-quote-attribution')).toHaveValue('شي جين بينغ')
  await expect(screen.editorFrame.getByTestId('related-item')).toHaveText([earlier])

  const earlierId = storedArticleId(workspace.dbPath, earlier)
  const body = storedBody(workspace.dbPath, headline)
  const kinds = (body.content ?? []).filter((n) => n.type !== 'paragraph' || n.content?.length).map((n) => n.type)
  expect(kinds).toEqual([
    'heading', 'heading', 'paragraph', 'pullQuote', 'quote', 'bulletList', 'orderedList', 'horizontalRule', 'figure', 'relatedArticles', 'horizontalRule', 'paragraph'
  ])
  expect(nodesOfType(body, 'pullQuote')[0]?.attrs?.attribution).toBe('شي جين بينغ')
  expect(nodesOfType(body, 'relatedArticles')[0]?.attrs?.articles).toEqual([{ id: earlierId, headline: earlier }])
  expect(nodesOfType(body, 'figure')[0]?.attrs).toMatchObject({ caption: 'الرئيسان في الكرملين', credit: 'رويترز' })
  expect(String(nodesOfType(body, 'figure')[0]?.attrs?.mediaId)).toMatch(/^[0-9a-f]{64}\.jpe?g$/)
  const linked = JSON.stringify(body)
  expect(linked).toContain(`"href":"midad:article/${earlierId}"`)
  expect(linked).toContain('"type":"lang"')
  expect(textOf(nodesOfType(body, 'quote')[0]!)).toBe('نحن مستعدون')

  await page.getByTestId('export-html').click()
  const result = page.getByTestId('export-result')
  await expect(result).not.toBeEmpty()
  const indexHtml = join((await result.innerText()).trim(), 'index.html')
  // Valid HTML: checked with the suite's other exported pages, in one Nu HTML Checker run after the last test.
  await checkHtmlAfterSuite(indexHtml)
  const published = await readFile(indexHtml, 'utf8')
  expect(published).toContain('<aside class="pull-quote"><blockquote><p>صداقتنا بلا حدود</p></blockquote><p><cite>شي جين بينغ</cite></p></aside>')
  expect(published.match(/<hr\/?>/g)).toHaveLength(2)
  expect(published).toContain(`<a href="../${earlierId}/index.html" data-article-id="${earlierId}">${earlier}</a>`)
  expect(published).toContain(`href="../${earlierId}/index.html">راجع التقرير</a> <span lang="en" dir="ltr">Reuters</span>`)
  expect(published).not.toContain('midad:')
})

test('typing Arabic punctuation and quotation marks', async ({ page, openApp, workspace }) => {
  await openApp()
  const screen = await startWriting(page, 'علامات الترقيم')
  await typeInBody(page, 'قال, لماذا? نعم; "حسنًا" Reuters, ok?')
  const expected = 'قال، لماذا؟ نعم؛ \u201Dحسنًا\u201C Reuters, ok?'
  await expect(screen.editor.locator('p').first()).toHaveText(expected)
  // One undo gives back what the key typed.
  await page.keyboard.press('Control+KeyZ')
  await expect(screen.editor.locator('p').first()).not.toHaveText(expected)
  await page.keyboard.press('Control+Shift+KeyZ')
  await expect(screen.editor.locator('p').first()).toHaveText(expected)

  // In an English block the Latin marks stay.
  await page.keyboard.press('Enter')
  await page.getByTestId('tb-direction').click()
  await screen.editor.focus()
  await typeInBody(page, 'He said "yes", why?')
  await expect(screen.editor.locator('p[dir="ltr"]')).toHaveText('He said \u201Cyes\u201D, why?')
  await waitUntilSaved(page)
  const body = storedBody(workspace.dbPath, 'علامات الترقيم')
  expect(textOf(body.content![0]!)).toBe(expected)
})
