import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Frame, Page } from '@playwright/test'
import { emptyMeta } from '../../shared/article/meta'
import { defaultSettings, type NewsroomSettings } from '../../shared/settings/newsroom-settings'
import { writeArticleExport } from '../../electron/core/export/export-article'
import { library, minimalArticle } from '../../electron/core/export/testing/export-fixtures'
import { originalPictures } from '../../electron/core/export/testing/original-pictures'
import { test, expect } from './fixtures'
import { startWriting, typeInBody, waitUntilSaved } from './newsroom-page'

const headline = 'قمة موسكو تبحث الطاقة'

async function exportPage(settings: NewsroomSettings): Promise<{ folder: string; index: string }> {
  const root = await mkdtemp(join(tmpdir(), 'midad-fonts-e2e-'))
  const article = { ...minimalArticle(), meta: { ...emptyMeta, headline, kicker: 'خاص' }, body: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص الخبر مع English words.' }] }] } }
  const { folder } = await writeArticleExport(article, join(root, 'page'), {
    settings,
    articles: library,
    mediaFilePath: (id) => join(root, id),
    cacheDir: join(root, 'cache'),
    preparePictures: originalPictures
  })
  return { folder: root, index: join(folder, 'index.html') }
}

/** The page's faces that the browser fetched and uses, as "family weight". */
async function loadedFaces(target: Page | Frame): Promise<string[]> {
  return target.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`)
  })
}

test('an exported page opened from its folder sets its headline and copy in the faces it carries', async ({ page }) => {
  const failed: string[] = []
  page.on('requestfailed', (request) => failed.push(request.url()))
  const { folder, index } = await exportPage(defaultSettings)
  try {
    await page.goto(pathToFileURL(index).href)
    const faces = await loadedFaces(page)
    expect(faces).toContain('Noto Naskh Arabic 700')
    expect(faces).toContain('Noto Naskh Arabic 400')
    expect(await page.evaluate(() => document.fonts.check('700 42px "Noto Naskh Arabic"', 'قمة'))).toBe(true)
    await expect(page.locator('h1')).toHaveCSS('font-family', /^"Noto Naskh Arabic"/)
    expect(failed).toEqual([])
    // Every address the page names for a font is a file written beside it.
    for (const [, url] of (await readFile(index, 'utf8')).matchAll(/url\(([^)]*)\)/g)) {
      await expect(readFile(join(index, '..', url!))).resolves.toBeTruthy()
    }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})

test('a newsroom that sets its headlines in Sans gets them in Sans on the page', async ({ page }) => {
  const { folder, index } = await exportPage({ ...defaultSettings, headlineFont: 'sans' })
  try {
    await page.goto(pathToFileURL(index).href)
    const faces = await loadedFaces(page)
    expect(faces).toContain('Noto Sans Arabic 700')
    await expect(page.locator('h1')).toHaveCSS('font-family', /^"Noto Sans Arabic"/)
    await expect(page.locator('main p').last()).toHaveCSS('font-family', /^"Noto Naskh Arabic"/)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
})

test('the preview shows the page in the faces the export carries, from the app itself', async ({ page, openApp }) => {
  const blocked: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|Failed to load resource/i.test(message.text())) blocked.push(message.text())
  })
  await openApp()
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-headline-font').selectOption('sans')
  await expect(page.getByTestId('settings-headline-font')).toHaveValue('sans')
  await expect(page.getByTestId('settings-notice')).toBeVisible()
  await page.getByTestId('close-settings').click()

  await startWriting(page, headline)
  await typeInBody(page, 'نص الخبر')
  await waitUntilSaved(page)
  await page.getByTestId('preview-toggle').click()
  const frame = page.frameLocator('[data-testid="preview-frame"]')
  await expect(frame.locator('h1')).toHaveText(headline)
  const preview = page.frames().find((candidate) => candidate !== page.mainFrame())!
  const faces = await loadedFaces(preview)
  expect(faces).toContain('Noto Sans Arabic 700')
  expect(faces).toContain('Noto Naskh Arabic 400')
  await expect(frame.locator('h1')).toHaveCSS('font-family', /^"Noto Sans Arabic"/)
  expect(blocked).toEqual([])
})
