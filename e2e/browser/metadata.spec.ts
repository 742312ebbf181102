import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openStoredRows } from './stored-article'
import { checkHtmlAfterSuite } from './html-checker'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { articleScreen, openArticle, startNewArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { writeNewsPhoto } from './test-image'

const story = {
  section: 'اقتصاد',
  kicker: 'عاجل',
  headline: 'البنكُ المركزيُّ يُبقي الفائدةَ دون تغيير',
  // Harakat and punctuation do not reach the slug.
  slug: 'البنك-المركزي-يبقي-الفائدة-دون-تغيير',
  dek: 'قرار متوقع وسط ترقب الأسواق',
  bylines: ['سلمى حدّاد', 'كريم نصّار'],
  dateline: 'بيروت',
  tags: ['الفائدة', 'المصارف'],
  seoDescription: 'المركزي يثبّت الفائدة للمرة الثالثة',
  caption: 'مبنى المصرف المركزي',
  credit: 'رويترز',
  alt: 'واجهة مبنى المصرف'
}

function storedMeta(dbPath: string): Record<string, unknown> {
  const db = openStoredRows(dbPath)
  try {
    return db
      .prepare(
        `SELECT section, kicker, headline, dek, bylines_json, dateline, tags_json, slug, slug_is_custom,
                slug_script, seo_title, seo_description, lead_image_json FROM articles`
      )
      .get() as Record<string, unknown>
  } finally {
    db.close()
  }
}

test('every metadata field is kept across a reload, and the slug follows the headline until edited', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  const slug = page.getByTestId('field-slug')

  await screen.section.selectOption(story.section)
  await screen.kicker.fill(story.kicker)
  await screen.headline.fill(story.headline)
  await expect(slug).toHaveValue(story.slug)
  await expect(page.getByTestId('slug-custom')).toHaveCount(0)

  // Headline length counts graphemes: the harakat do not count.
  await expect(page.getByTestId('headline-count')).toHaveText('36 / 70')
  await expect(page.getByTestId('headline-count')).toHaveAttribute('data-over', 'false')

  await screen.dek.fill(story.dek)
  await screen.byline.fill(story.bylines[0]!)
  await page.getByTestId('add-byline').click()
  await page.getByTestId('field-byline-2').fill(story.bylines[1]!)
  await screen.dateline.fill(story.dateline)
  for (const tag of story.tags) {
    await page.getByTestId('field-tags').fill(tag)
    await page.getByTestId('field-tags').press('Enter')
  }
  await expect(page.getByTestId('tag')).toHaveText(story.tags.map((tag) => new RegExp(tag)))

  // Edited, the slug stops following the headline; "from headline" hands it back.
  await slug.fill('قرار الفائدة')
  await slug.blur()
  await expect(slug).toHaveValue('قرار-الفائدة')
  await expect(page.getByTestId('slug-custom')).toBeVisible()
  await screen.headline.fill(`${story.headline}!`)
  await expect(slug).toHaveValue('قرار-الفائدة')
  await page.getByTestId('slug-regenerate').click()
  await expect(slug).toHaveValue(story.slug)
  await screen.headline.fill(story.headline)
  // A Latin slug on request.
  await page.getByTestId('slug-script').selectOption('latin')
  await expect(slug).toHaveValue('albnk-almrkzi-ybqi-alfaeda-dun-tghiir')
  await page.getByTestId('slug-script').selectOption('arabic')
  await expect(slug).toHaveValue(story.slug)

  // SEO fields show their defaults until filled.
  await page.locator('.meta-seo summary').click()
  await expect(page.getByTestId('field-seo-title')).toHaveAttribute('placeholder', story.headline)
  await expect(page.getByTestId('field-seo-description')).toHaveAttribute('placeholder', story.dek)
  await page.getByTestId('field-seo-description').fill(story.seoDescription)

  await page.getByTestId('lead-image-file').setInputFiles(photo.path)
  await expect(page.getByTestId('lead-image-preview')).toBeVisible()
  await page.getByTestId('lead-image-caption').fill(story.caption)
  await page.getByTestId('lead-image-credit').fill(story.credit)
  await page.getByTestId('lead-image-alt').fill(story.alt)

  await screen.editor.click()
  await typeInBody(page, 'قرر المصرف المركزي اليوم إبقاء سعر الفائدة دون تغيير.')
  await waitUntilSaved(page)

  await page.reload()
  await openArticle(page, story.headline)
  await expect(screen.section).toHaveValue(story.section)
  await expect(screen.kicker).toHaveValue(story.kicker)
  await expect(screen.dek).toHaveValue(story.dek)
  await expect(screen.byline).toHaveValue(story.bylines[0]!)
  await expect(page.getByTestId('field-byline-2')).toHaveValue(story.bylines[1]!)
  await expect(screen.dateline).toHaveValue(story.dateline)
  await expect(page.getByTestId('tag')).toHaveText(story.tags.map((tag) => new RegExp(tag)))
  await expect(slug).toHaveValue(story.slug)
  await page.locator('.meta-seo summary').click()
  await expect(page.getByTestId('field-seo-description')).toHaveValue(story.seoDescription)
  await expect(page.getByTestId('lead-image-caption')).toHaveValue(story.caption)
  await expect(page.getByTestId('lead-image-credit')).toHaveValue(story.credit)
  await expect(page.getByTestId('lead-image-alt')).toHaveValue(story.alt)
  await expect.poll(() => page.getByTestId('lead-image-preview').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(photo.width)

  const row = storedMeta(workspace.dbPath)
  expect(row).toMatchObject({
    section: story.section,
    kicker: story.kicker,
    headline: story.headline,
    dek: story.dek,
    dateline: story.dateline,
    slug: story.slug,
    slug_is_custom: 0,
    slug_script: 'arabic',
    seo_title: '',
    seo_description: story.seoDescription
  })
  expect(JSON.parse(row.bylines_json as string)).toEqual(story.bylines)
  expect(JSON.parse(row.tags_json as string)).toEqual(story.tags)
  expect(JSON.parse(row.lead_image_json as string)).toMatchObject({ caption: story.caption, credit: story.credit, alt: story.alt })
})

test('a headline past the newsroom target turns its counter to a warning', async ({ page, openApp }) => {
  await openApp()
  await page.getByTestId('open-settings').click()
  const target = page.getByTestId('settings-headline-target')
  await target.fill('20')
  await target.blur()
  await expect(page.getByTestId('settings-notice')).toBeVisible()
  await page.getByTestId('close-settings').click()
  await startNewArticle(page)
  await articleScreen(page).headline.fill('عنوان قصير')
  await expect(page.getByTestId('headline-count')).toHaveAttribute('data-over', 'false')
  await articleScreen(page).headline.fill('عنوان طويل جدًا يتجاوز الطول المستهدف')
  await expect(page.getByTestId('headline-count')).toHaveText('36 / 20')
  await expect(page.getByTestId('headline-count')).toHaveAttribute('data-over', 'true')
})

test('the interface switches to English and back, and the choice survives a reload', async ({ page, openApp }) => {
  await openApp()
  const html = page.locator('html')
  await expect(html).toHaveAttribute('lang', 'ar')
  await expect(html).toHaveAttribute('dir', 'rtl')
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-locale-en').click()
  await expect(html).toHaveAttribute('lang', 'en')
  await expect(html).toHaveAttribute('dir', 'ltr')
  await expect(page.getByTestId('close-settings')).toHaveText('Back')
  await page.getByTestId('close-settings').click()
  await expect(page.getByTestId('new-article')).toHaveText('New article')

  await page.reload()
  await expect(page.getByTestId('new-article')).toHaveText('New article')
  await expect(html).toHaveAttribute('dir', 'ltr')

  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-locale-ar').click()
  await expect(html).toHaveAttribute('lang', 'ar')
  await expect(html).toHaveAttribute('dir', 'rtl')
  await expect(page.getByTestId('close-settings')).toHaveText('رجوع')
})

test('the dark theme repaints the app and stays chosen', async ({ page, openApp }) => {
  await openApp()
  const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  await expect.poll(paper).toBe('rgb(251, 250, 247)')
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-theme-dark').click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect.poll(paper).toBe('rgb(22, 24, 27)')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect.poll(paper).toBe('rgb(22, 24, 27)')

  // "As the system": the operating system's preference decides, and follows it live.
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-theme-system').click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect.poll(paper).toBe('rgb(22, 24, 27)')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect.poll(paper).toBe('rgb(251, 250, 247)')
})

const sectionNames = (page: Page) => page.getByTestId('section-name').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))

test('the newsroom edits its sections; a duplicate is refused and changes nothing', async ({ page, openApp }) => {
  await openApp()
  await startNewArticle(page)
  await page.getByTestId('edit-sections').click()
  await page.getByTestId('section-new').fill('محليات')
  await page.getByTestId('section-add').click()
  await expect(page.getByTestId('sections-saved')).toBeVisible()

  await page.getByTestId('section-new').fill('محليات')
  await page.getByTestId('section-add').click()
  await expect(page.getByTestId('settings').getByTestId('error-message')).toContainText('لا يتكرر القسم')
  // The refused list goes back to the stored one: one «محليات», not two.
  await expect.poll(() => sectionNames(page)).toEqual(expect.arrayContaining(['محليات']))
  expect((await sectionNames(page)).filter((name) => name === 'محليات')).toHaveLength(1)
  await page.getByTestId('close-settings').click()

  const section = articleScreen(page).section
  await section.selectOption('محليات')
  await expect(section.locator('option', { hasText: 'محليات' })).toHaveCount(1)
  await waitUntilSaved(page)
})

test('a section added in the settings is kept when the journalist leaves with Back at once', async ({ page, openApp }) => {
  await openApp()
  await startNewArticle(page)
  await page.getByTestId('edit-sections').click()
  await page.getByTestId('section-new').fill('منوعات')
  await page.getByTestId('section-new').press('Enter')
  await page.getByTestId('close-settings').click()
  await expect(page.getByTestId('settings')).toBeHidden()

  await page.reload()
  await page.getByTestId('open-settings').click()
  await expect.poll(() => sectionNames(page)).toContain('منوعات')
  await page.getByTestId('close-settings').click()
  await page.getByTestId('back-to-library').click()
  await startNewArticle(page)
  await expect(articleScreen(page).section.locator('option', { hasText: 'منوعات' })).toHaveCount(1)
})

test('the status bar counts words, characters and reading time after typing pauses', async ({ page, openApp }) => {
  await openApp()
  await startNewArticle(page)
  await articleScreen(page).editor.click()
  await typeInBody(page, 'قالت الوزارة، اليوم، إنّ «الخطة» جاهزة')
  await expect(page.getByTestId('word-count')).toHaveText('6 كلمات')
  await expect(page.getByTestId('character-count')).toHaveText('37 حرفًا')
  await expect(page.getByTestId('reading-time')).toHaveText('دقيقة قراءة')
})

test('dates follow the digit setting and carry the Hijri twin when asked', async ({ page, openApp }) => {
  await openApp()
  await startNewArticle(page)
  const created = page.getByTestId('article-created')
  await expect(created).toHaveText(/^أُنشئ \d{1,2} \S+ \d{4}$/)
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-hijri').click()
  await expect(page.getByTestId('settings-hijri')).toBeChecked()
  await page.getByTestId('settings-digitStyle-arabic-indic').click()
  await page.getByTestId('close-settings').click()
  await expect(created).toHaveText(/^أُنشئ [٠-٩]{1,2} \S+ [٠-٩]{4} · [٠-٩]{1,2} .+ [٠-٩]{4} هـ$/)
})

test('the quote and digit settings reach the body as the journalist types', async ({ page, openApp }) => {
  await openApp()
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-quoteStyle-guillemets').click()
  await expect(page.getByTestId('settings-quoteStyle-guillemets')).toBeChecked()
  await page.getByTestId('settings-digitStyle-arabic-indic').click()
  await expect(page.getByTestId('settings-digitStyle-arabic-indic')).toBeChecked()
  await page.getByTestId('close-settings').click()
  const screen = await startWriting(page)
  await typeInBody(page, 'قال "الخطة جاهزة" عام 2026')
  await expect(screen.editor.locator('p').first()).toHaveText('قال «الخطة جاهزة» عام ٢٠٢٦')
})

test('a headline target out of range is refused with a message and the old target stays', async ({ page, openApp }) => {
  await openApp()
  await page.getByTestId('open-settings').click()
  const target = page.getByTestId('settings-headline-target')
  await target.fill('3')
  await target.blur()
  await expect(page.getByTestId('settings').getByTestId('error-message')).toBeVisible()
  await page.getByTestId('close-settings').click()
  await startNewArticle(page)
  await articleScreen(page).headline.fill('عنوان')
  await expect(page.getByTestId('headline-count')).toHaveText('5 / 70')
})

test('a lead image picked from the article figures is published with the bylines and tags', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  await openApp()
  await startNewArticle(page)
  const screen = articleScreen(page)
  await screen.headline.fill(story.headline)
  await screen.byline.fill(story.bylines[0]!)
  await page.getByTestId('add-byline').click()
  await page.getByTestId('field-byline-2').fill(story.bylines[1]!)
  await page.getByTestId('field-tags').fill('الفائدة، المصارف')
  await page.getByTestId('field-tags').blur()
  await expect(page.getByTestId('tag')).toHaveCount(2)
  await screen.editor.click()
  await typeInBody(page, 'قرر المصرف المركزي إبقاء الفائدة.')
  await page.getByTestId('figure-file').setInputFiles(photo.path)
  await screen.editorFrame.getByTestId('figure-caption').fill(story.caption)
  await screen.editorFrame.getByTestId('figure-credit').fill(story.credit)
  // The body figure needs its own alt text: the pre-publish check refuses an export without it.
  await screen.editorFrame.getByTestId('figure-alt').fill(story.alt)

  await page.getByTestId('lead-image-from-article').click()
  await page.getByTestId('lead-image-figure').click()
  await expect(page.getByTestId('lead-image-caption')).toHaveValue(story.caption)
  await expect(page.getByTestId('lead-image-credit')).toHaveValue(story.credit)
  await page.getByTestId('lead-image-alt').fill(story.alt)
  await waitUntilSaved(page)

  await page.getByTestId('export-html').click()
  const folder = (await page.getByTestId('export-result').innerText()).trim()
  const indexHtml = join(folder, 'index.html')
  const published = await readFile(indexHtml, 'utf8')
  expect(published).toContain('<figure class="lead-image">')
  expect(published).toContain(`alt="${story.alt}"`)
  expect(published).toContain(`<span class="author">${story.bylines[0]}</span> و<span class="author">${story.bylines[1]}</span>`)
  expect(published).toContain('<meta property="article:tag" content="المصارف">')
  expect(published).toContain(`<meta property="og:image:alt" content="${story.alt}">`)
  // Valid HTML: checked with the suite's other exported pages, in one Nu HTML Checker run after the last test.
  await checkHtmlAfterSuite(indexHtml)
})
