import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import sharp from 'sharp'
import { test, expect } from './fixtures'
import { articleScreen, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { readStore } from './stored-article'
import { writeNewsPhoto } from './test-image'

interface DroppedFile {
  name: string
  type: string
  base64: string
}

/** Drops files on a body paragraph as the file manager does: a real DragEvent with a DataTransfer. */
async function dropOnParagraph(page: Page, paragraphText: string, files: DroppedFile[]): Promise<void> {
  const paragraph = articleScreen(page).editor.locator('p', { hasText: paragraphText })
  const box = await paragraph.boundingBox()
  if (!box) throw new Error('paragraph not visible')
  await paragraph.evaluate(
    (target, { files: list, x, y }) => {
      const transfer = new DataTransfer()
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))
        transfer.items.add(new File([bytes], file.name, { type: file.type }))
      }
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true }))
      }
    },
    // The paragraph's end in a right-to-left line is its inline-start side's opposite: drop at its far left.
    { files, x: box.x + 4, y: box.y + box.height / 2 }
  )
}

test('a photo dropped on the body becomes a figure where it was dropped, stored and saved', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir, 'سوق-الذهب.jpg')
  await openApp()
  const screen = await startWriting(page, 'صورة مسحوبة')
  await typeInBody(page, 'الفقرة الأولى')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'الفقرة الثانية')
  await waitUntilSaved(page)

  await dropOnParagraph(page, 'الفقرة الأولى', [{ name: 'سوق-الذهب.jpg', type: 'image/jpeg', base64: (await readFile(photo.path)).toString('base64') }])

  const figure = screen.editor.locator('figure')
  await expect(figure.locator('img')).toBeVisible()
  // Dropped after the first paragraph's text: first paragraph, the figure, then the second.
  // A figure is drawn inside its node view's wrapper: name each top-level block by what it shows.
  const order = await screen.editor.evaluate((body) =>
    [...body.children].map((el) => (el.matches('figure') || el.querySelector('figure') ? 'figure' : `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim()}`))
  )
  expect(order[0]).toBe('p:الفقرة الأولى')
  expect(order[1]).toBe('figure')
  expect(order.some((entry) => entry === 'p:الفقرة الثانية')).toBe(true)
  expect(order.findIndex((entry) => entry === 'p:الفقرة الثانية')).toBeGreaterThan(1)

  await waitUntilSaved(page)
  const { articles, mediaCount } = readStore(workspace.dbPath)
  expect(mediaCount).toBe(1)
  const body = JSON.parse(articles[0]!.body_json) as { content: { type: string; attrs?: { mediaId?: string; width?: number } }[] }
  const stored = body.content.find((node) => node.type === 'figure')
  expect(stored?.attrs?.mediaId).toMatch(/\w+/)
  expect(stored?.attrs?.width).toBe(photo.width)
})

test('several photos dropped together land in the order they were dropped, all at the drop point', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir, 'الأولى.jpg')
  const second = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#7a1d3c' } }).png().toBuffer()
  await openApp()
  const screen = await startWriting(page, 'صورتان مسحوبتان')
  await typeInBody(page, 'الفقرة الأولى')
  await page.keyboard.press('Enter')
  await typeInBody(page, 'الفقرة الثانية')
  await waitUntilSaved(page)

  await dropOnParagraph(page, 'الفقرة الأولى', [
    { name: 'الأولى.jpg', type: 'image/jpeg', base64: (await readFile(photo.path)).toString('base64') },
    { name: 'الثانية.png', type: 'image/png', base64: second.toString('base64') }
  ])
  await expect(screen.editor.locator('figure img')).toHaveCount(2)
  await waitUntilSaved(page)

  const body = JSON.parse(readStore(workspace.dbPath).articles[0]!.body_json) as { content: { type: string; attrs?: { width?: number }; content?: { text?: string }[] }[] }
  const blocks = body.content.map((node) => (node.type === 'figure' ? `figure:${node.attrs?.width}` : `${node.type}:${node.content?.[0]?.text ?? ''}`))
  expect(blocks.filter((block) => block !== 'paragraph:')).toEqual(['paragraph:الفقرة الأولى', `figure:${photo.width}`, 'figure:320', 'paragraph:الفقرة الثانية'])
})

test('a document dropped on the body is not inlined: a message points to the library and the article is unchanged', async ({ page, openApp, workspace }) => {
  await openApp()
  const screen = await startWriting(page, 'ملف ليس صورة')
  await typeInBody(page, 'نص لا يتغير')
  await waitUntilSaved(page)
  const before = readStore(workspace.dbPath).articles[0]!.body_json

  await dropOnParagraph(page, 'نص لا يتغير', [{ name: 'تقرير.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', base64: Buffer.from('PK\u0003\u0004').toString('base64') }])

  await expect(screen.error).toContainText('تقرير.docx')
  await expect(screen.error).toContainText('قائمة المقالات')
  await expect(screen.editor.locator('figure')).toHaveCount(0)
  await expect(screen.editor).toHaveText('نص لا يتغير')
  await waitUntilSaved(page)
  expect(readStore(workspace.dbPath).articles[0]!.body_json).toBe(before)
  expect(readStore(workspace.dbPath).mediaCount).toBe(0)
})
