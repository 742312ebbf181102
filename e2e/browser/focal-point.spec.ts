import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { openStoredRows } from './stored-article'
import sharp from 'sharp'
import { test, expect } from './fixtures'
import { articleScreen, openArticle, startNewArticle, waitUntilSaved } from './newsroom-page'
import { writeNewsPhoto } from './test-image'

const headline = 'الشمس تغيب فوق الميناء'

function storedFocus(dbPath: string): unknown {
  const db = openStoredRows(dbPath)
  try {
    const row = db.prepare('SELECT lead_image_json FROM articles').get() as { lead_image_json: string | null } | undefined
    return row?.lead_image_json ? (JSON.parse(row.lead_image_json) as { focus?: unknown }).focus ?? null : null
  } finally {
    db.close()
  }
}

/** Where the marker's centre sits, as fractions of the picture's box. */
async function markerPlace(page: Page): Promise<{ x: number; y: number }> {
  const picture = (await page.getByTestId('lead-image-preview').boundingBox())!
  const marker = (await page.getByTestId('focal-point-marker').boundingBox())!
  return {
    x: (marker.x + marker.width / 2 - picture.x) / picture.width,
    y: (marker.y + marker.height / 2 - picture.y) / picture.height
  }
}

/** Where the picture has come to rest: the save, and the check's refresh above it, move the side panel. */
async function restingBox(page: Page, preview: Locator) {
  await waitUntilSaved(page)
  let last = ''
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await preview.boundingBox())
        const still = now === last
        last = now
        return still
      },
      { intervals: [300] }
    )
    .toBe(true)
  return (await preview.boundingBox())!
}

test('the journalist sets the lead image focal point by clicking, nudges it with the keys, and finds it after a reload', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  await openApp()
  await startNewArticle(page)
  await articleScreen(page).headline.fill(headline)
  await page.getByTestId('lead-image-file').setInputFiles(photo.path)
  const preview = page.getByTestId('lead-image-preview')
  await expect(preview).toBeVisible()
  const marker = page.getByTestId('focal-point-marker')

  // A new lead image starts centred, and its square crop straddles the middle.
  await expect(marker).toHaveAccessibleName(/نقطة التركيز: 50٪ من يسار الصورة و50٪ من أعلاها/)
  await expect(page.getByTestId('lead-crop-1x1')).toHaveCSS('object-position', '50% 50%')

  // The sun in the photo is at the top right (620, 140 of 800 × 500): click on it.
  let box = (await preview.boundingBox())!
  await preview.click({ position: { x: box.width * (620 / 800), y: box.height * (140 / 500) } })
  await expect.poll(() => markerPlace(page)).toEqual({ x: expect.closeTo(0.775, 1), y: expect.closeTo(0.28, 1) })
  await expect(marker).toHaveAccessibleName(/نقطة التركيز: (77|78)٪ من يسار الصورة و(27|28|29)٪ من أعلاها/)
  // The square crop follows the sun: pushed against the right edge.
  await expect(page.getByTestId('lead-crop-1x1')).toHaveCSS('object-position', '100% 50%')

  // Dragged, it follows the pointer; dropped back on the sun, it stays there.
  // Measured again once at rest: the click's save refreshes the pre-publish
  // check above the picture, which moves it (a drag begun before that landed off it).
  await preview.scrollIntoViewIfNeeded()
  box = await restingBox(page, preview)
  await page.mouse.move(box.x + box.width * (620 / 800), box.y + box.height * (140 / 500))
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.8, { steps: 4 })
  await expect.poll(() => markerPlace(page)).toEqual({ x: expect.closeTo(0.2, 1), y: expect.closeTo(0.8, 1) })
  await expect(page.getByTestId('lead-crop-1x1')).toHaveCSS('object-position', '0% 50%')
  await page.mouse.move(box.x + box.width * (620 / 800), box.y + box.height * (140 / 500), { steps: 4 })
  await page.mouse.up()
  await expect.poll(() => markerPlace(page)).toEqual({ x: expect.closeTo(0.775, 1), y: expect.closeTo(0.28, 1) })

  // Keyboard users move it with the arrows: one step left, one down.
  await marker.focus()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowDown')
  await expect(marker).toHaveAccessibleName(/نقطة التركيز: (72|73)٪ من يسار الصورة و(32|33|34)٪ من أعلاها/)
  await marker.blur()
  await waitUntilSaved(page)
  await expect.poll(() => storedFocus(workspace.dbPath)).toEqual({ x: expect.closeTo(0.725, 1), y: expect.closeTo(0.33, 1) })
  const stored = storedFocus(workspace.dbPath) as { x: number; y: number }

  await page.reload()
  await openArticle(page, headline)
  await expect(preview).toBeVisible()
  await expect.poll(() => markerPlace(page)).toEqual({ x: expect.closeTo(stored.x, 2), y: expect.closeTo(stored.y, 2) })
  await expect(page.getByTestId('lead-crop-1x1')).not.toHaveCSS('object-position', '50% 50%')
  expect(storedFocus(workspace.dbPath)).toEqual(stored)
})

test('an English interface labels the focal point in English', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  await openApp()
  await page.getByTestId('open-settings').click()
  await page.getByTestId('settings-locale-en').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByTestId('close-settings').click()
  await startNewArticle(page)
  await page.getByTestId('lead-image-file').setInputFiles(photo.path)
  await expect(page.getByTestId('focal-point-marker')).toHaveAccessibleName(/Focal point: 50% from the left of the picture, 50% from the top/)
  await expect(page.getByTestId('lead-crop-previews')).toHaveAccessibleName('The lead image’s crops as they will be published')
})

test('a lead image too small for the crops says so instead of showing them', async ({ page, openApp, workspace }) => {
  const path = join(workspace.dir, 'thumbnail.jpg')
  await writeFile(path, await sharp({ create: { width: 240, height: 180, channels: 3, background: '#1d5c7a' } }).jpeg().toBuffer())
  await openApp()
  await startNewArticle(page)
  await page.getByTestId('lead-image-file').setInputFiles(path)
  await expect(page.getByTestId('lead-crops-too-small')).toContainText('240×180')
  await expect(page.getByTestId('lead-crops-too-small')).toContainText('ستُنشر من دون قصّات')
  await expect(page.getByTestId('lead-crop-previews')).toHaveCount(0)
  // The focal point can still be set: it matters again if the picture is replaced.
  await expect(page.getByTestId('focal-point-marker')).toBeVisible()
})
