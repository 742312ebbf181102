import { readdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { test, expect } from './fixtures'
import { startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { readStore } from './stored-article'

test('a file named like a photo that is not one is refused with a clear message and nothing is stored', async ({ page, openApp, workspace }) => {
  const fake = join(workspace.dir, 'photo.jpg')
  await writeFile(fake, 'هذا ملف نصي وليس صورة\n')
  await openApp()
  const screen = await startWriting(page, 'صورة مزيفة')
  await typeInBody(page, 'فقرة قبل الصورة')
  await waitUntilSaved(page)

  await page.getByTestId('figure-file').setInputFiles(fake)
  await expect(screen.error).toBeVisible()
  await expect(screen.error).toContainText('photo.jpg')
  await expect(screen.editorFrame.locator('img')).toHaveCount(0)
  await expect(screen.editorFrame.getByTestId('figure-caption')).toHaveCount(0)

  // The draft is untouched and still saved; no picture reached the database or the disk.
  await waitUntilSaved(page)
  const { articles, mediaCount } = readStore(workspace.dbPath)
  expect(mediaCount).toBe(0)
  expect(articles[0]?.body_json).not.toContain('"figure"')
  const mediaDir = join(dirname(workspace.dbPath), 'media')
  const stored = await readdir(mediaDir).catch(() => [])
  expect(stored.filter((name) => !name.startsWith('.'))).toEqual([])
})
