import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { articleScreen, openArticle, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { nodesOfType, readStore, textOf, type BodyNode } from './stored-article'
import { writeNewsPhoto } from './test-image'
import { drawFramesLate, slowFrames } from './late-frames'

const headline = 'حافلات كهربائية في شوارع المدينة'
const caption = { start: 'حافلة كهربائية', rest: ' في محطة الانطلاق' }
const fullCaption = caption.start + caption.rest

function storedBody(dbPath: string): BodyNode {
  const article = readStore(dbPath).articles[0]
  if (!article) throw new Error('no article stored')
  return JSON.parse(article.body_json) as BodyNode
}

/** The body's own words, figures left out: what typing meant for a caption must not be here. */
const bodyWords = (body: BodyNode) => (body.content ?? []).filter((block) => block.type !== 'figure').map(textOf).join(' ')

const lateFrames = (page: Page) => page.evaluate(() => (window as unknown as { lateFrames: number }).lateFrames)

async function newArticleWithLead(page: Page): Promise<void> {
  const screen = await startWriting(page, headline)
  await typeInBody(page, 'تدخل الحافلات الخدمة غدا')
  await screen.headline.click()
}

test('a caption typed the moment the picture appears is saved whole, even when the machine draws late', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  await drawFramesLate(page, 2_500)
  await openApp()
  await newArticleWithLead(page)
  const screen = articleScreen(page)

  await slowFrames(page, true)
  await page.getByTestId('figure-file').setInputFiles(photo.path)
  const figureCaption = screen.editorFrame.getByTestId('figure-caption')
  await figureCaption.click()
  await page.keyboard.type(caption.start)
  // Whatever the insert put off to the next frame has happened by now.
  await expect.poll(() => lateFrames(page)).toBe(0)
  await page.keyboard.type(caption.rest)
  await slowFrames(page, false)
  await expect(figureCaption).toHaveValue(fullCaption)
  await screen.editorFrame.getByTestId('figure-credit').fill('أ ف ب')
  await waitUntilSaved(page)

  const body = storedBody(workspace.dbPath)
  expect(nodesOfType(body, 'figure').map((figure) => figure.attrs?.caption)).toEqual([fullCaption])
  expect(bodyWords(body)).not.toContain('محطة')

  await page.reload()
  await openArticle(page, headline)
  await expect(screen.editorFrame.getByTestId('figure-caption')).toHaveValue(fullCaption)
  await expect(screen.editorFrame.getByTestId('figure-credit')).toHaveValue('أ ف ب')
})

test('a correction typed at the start of a caption stays where it was typed', async ({ page, openApp, workspace }) => {
  const photo = await writeNewsPhoto(workspace.dir)
  await openApp()
  await newArticleWithLead(page)
  const screen = articleScreen(page)
  await page.getByTestId('figure-file').setInputFiles(photo.path)
  const figureCaption = screen.editorFrame.getByTestId('figure-caption')
  await figureCaption.click()
  await page.keyboard.type(caption.rest.trim())
  await page.keyboard.press('Home')
  await page.keyboard.type(caption.start + ' ')
  await expect(figureCaption).toHaveValue(fullCaption)
  await figureCaption.blur()
  await waitUntilSaved(page)
  expect(nodesOfType(storedBody(workspace.dbPath), 'figure')[0]?.attrs?.caption).toBe(fullCaption)
})

test('a second dropped picture arriving leaves the keyboard in the caption being typed', async ({ page, openApp, workspace }) => {
  const photo = await readFile((await writeNewsPhoto(workspace.dir)).path)
  await openApp()
  await newArticleWithLead(page)
  const screen = articleScreen(page)

  // The second picture takes a while to store: held until the first caption is begun.
  let stored = 0
  let releaseSecond = () => {}
  const secondHeld = new Promise<void>((resolve) => (releaseSecond = resolve))
  await page.route('**/api/addImage', async (route) => {
    if (++stored === 2) await secondHeld
    await route.continue()
  })

  const paragraph = screen.editor.locator('p').first()
  const box = await paragraph.boundingBox()
  if (!box) throw new Error('paragraph not visible')
  await paragraph.evaluate(
    (target, { base64, x, y }) => {
      const transfer = new DataTransfer()
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      for (const name of ['محطة-1.jpg', 'محطة-2.jpg']) transfer.items.add(new File([bytes], name, { type: 'image/jpeg' }))
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true }))
      }
    },
    { base64: photo.toString('base64'), x: box.x + 4, y: box.y + box.height / 2 }
  )

  const captions = screen.editorFrame.getByTestId('figure-caption')
  await expect(captions).toHaveCount(1)
  await captions.first().click()
  await page.keyboard.type(caption.start)
  releaseSecond()
  await expect(captions).toHaveCount(2)
  await page.keyboard.type(caption.rest)
  const captionValues = () => captions.evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value).sort())
  // The figure being captioned has all of it; the one that arrived meanwhile has none.
  await expect.poll(captionValues).toEqual(['', fullCaption])
  await page.keyboard.press('Tab')
  await waitUntilSaved(page)

  const body = storedBody(workspace.dbPath)
  expect(nodesOfType(body, 'figure').map((figure) => figure.attrs?.caption).sort()).toEqual(['', fullCaption])
  expect(bodyWords(body)).not.toContain('محطة')
})
