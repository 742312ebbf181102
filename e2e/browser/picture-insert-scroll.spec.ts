import { readFile } from 'node:fs/promises'
import { test, expect } from './fixtures'
import { articleScreen, openArticle, waitUntilSaved } from './newsroom-page'
import { writeNewsPhoto } from './test-image'

const paragraphs = Array.from({ length: 60 }, (_, i) => `قال الوزير في الفقرة ${i + 1} من التقرير إن الموازنة جاهزة.`)

test('a picture inserted near the end of a long article appears where the journalist is, not at the top', async ({ page, host, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  const body = { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
  const { id } = await host.call<{ id: string }>('createArticle', { meta: { headline: 'تقرير الموازنة' } })
  await host.call('saveArticle', { id, baseVersion: 1, meta: (await host.call<{ meta: unknown }>('getArticle', { id })).meta, body })
  await openApp()
  await openArticle(page, 'تقرير الموازنة')
  const screen = articleScreen(page)

  const near = screen.editor.locator('p').nth(56)
  await near.click()
  await page.keyboard.press('End')
  // As a journalist does it: the toolbar's picture button, then the system's file chooser.
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('tb-figure').click()
  await (await chooser).setFiles(photo.path)

  const figure = screen.editorFrame.locator('figure')
  await expect(figure).toHaveCount(1)
  await expect(figure).toBeInViewport()
  await expect(screen.headline).not.toBeInViewport()
  await waitUntilSaved(page)
})

test('a picture dropped near the end of a long article, the caret still at the top, leaves the view on the figure', async ({ page, host, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  const body = { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
  const { id } = await host.call<{ id: string }>('createArticle', { meta: { headline: 'تقرير الموازنة' } })
  await host.call('saveArticle', { id, baseVersion: 1, meta: (await host.call<{ meta: unknown }>('getArticle', { id })).meta, body })
  await openApp()
  await openArticle(page, 'تقرير الموازنة')
  const screen = articleScreen(page)
  await screen.editor.locator('p').first().click()

  // Scrolled down to read, without moving the caret, then a photo dropped from the file manager.
  const near = screen.editor.locator('p').nth(56)
  await near.scrollIntoViewIfNeeded()
  const box = await near.boundingBox()
  const base64 = (await readFile(photo.path)).toString('base64')
  await near.evaluate(
    (target, { data, x, y }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], 'market.jpg', { type: 'image/jpeg' }))
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true }))
      }
    },
    { data: base64, x: box!.x + 4, y: box!.y + box!.height / 2 }
  )

  const figure = screen.editorFrame.locator('figure')
  await expect(figure.locator('img')).toBeVisible()
  await expect(figure).toBeInViewport()
  await expect(screen.headline).not.toBeInViewport()
  await waitUntilSaved(page)
})

test('a picture chosen for a figure inserted near the end of a long article leaves the view on the figure', async ({ page, host, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  const body = { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
  const { id } = await host.call<{ id: string }>('createArticle', { meta: { headline: 'تقرير الموازنة' } })
  await host.call('saveArticle', { id, baseVersion: 1, meta: (await host.call<{ meta: unknown }>('getArticle', { id })).meta, body })
  await openApp()
  await openArticle(page, 'تقرير الموازنة')
  const screen = articleScreen(page)

  await screen.editor.locator('p').nth(56).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.getByTestId('tb-insert').click()
  await page.getByTestId('insert-figure').click()
  const chooser = page.waitForEvent('filechooser')
  await screen.editorFrame.getByTestId('figure-choose').click()
  await (await chooser).setFiles(photo.path)

  const figure = screen.editorFrame.locator('figure')
  await expect(figure.locator('img')).toBeVisible()
  await expect(figure).toBeInViewport()
  await expect(screen.headline).not.toBeInViewport()
})
