import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { HostProcess } from './host-process'
import { articleScreen, libraryRow, startWriting, typeInBody, waitUntilSaved } from './newsroom-page'
import { selectWords } from './review-keys'

const editor = { name: 'رامي الحسن', role: 'editor' } as const

/** A second desk: another machine, its own database, its own person. */
async function secondDesk(dir: string) {
  const host = new HostProcess(join(dir, 'midad.sqlite'))
  await host.start()
  await host.call('saveProfile', editor)
  return host
}

/** Writes the bundle from the dialog and answers the path it was written to. */
async function writeBundle(page: Page): Promise<string> {
  const dialog = page.getByTestId('send-bundle-dialog')
  await dialog.getByTestId('bundle-send').click()
  await expect(dialog.getByTestId('bundle-written')).toBeVisible()
  const file = (await dialog.getByTestId('bundle-file').textContent())?.trim() ?? ''
  expect(file).toMatch(/\.midad$/)
  await dialog.getByTestId('bundle-close').click()
  return file
}

/** Opens a .midad file from the library's picker, as the person would. */
async function openBundle(page: Page, file: string) {
  await page.getByTestId('import-file').setInputFiles(file)
  const dialog = page.getByTestId('bundle-dialog')
  await expect(dialog).toHaveAttribute('data-phase', /preview|refused/)
  return dialog
}

test('a draft travels without a network: the journalist sends it for review, the editor comments and sends it back, and both copies hold the comment', async ({ page, browser, openApp }) => {
  const elsewhere = await mkdtemp(join(tmpdir(), 'midad-e2e-desk-b-'))
  const deskB = await secondDesk(elsewhere)
  const editorPage = await browser.newPage()
  try {
    await openApp()
    await startWriting(page, 'انقطاع الكهرباء في الجنوب')
    await typeInBody(page, 'عادت الكهرباء إلى معظم الأحياء بعد ظهر اليوم.')
    await waitUntilSaved(page)
    await page.getByTestId('send-article-bundle').click()
    const outbound = await writeBundle(page)

    // The editor's desk: the bundle says who sent it and what it brings, and merges on their word.
    await editorPage.goto(deskB.ready!.url)
    const dialog = await openBundle(editorPage, outbound)
    await expect(dialog.getByTestId('bundle-sender')).toContainText('سارة القاسم')
    await expect(dialog.getByTestId('bundle-article')).toHaveAttribute('data-outcome', 'new')
    await dialog.getByTestId('bundle-merge').click()
    await expect(dialog.getByTestId('bundle-merged')).toBeVisible()
    await dialog.getByTestId('bundle-article').getByRole('button').click()

    await selectWords(editorPage, 'بعد ظهر اليوم')
    await editorPage.getByTestId('tb-comment').click()
    const panel = editorPage.getByTestId('review-panel')
    await panel.getByTestId('comment-new').fill('أي ساعة بالضبط؟')
    await panel.getByTestId('comment-new-submit').click()
    await expect(panel.getByTestId('thread')).toHaveCount(1)
    await waitUntilSaved(editorPage)
    await editorPage.getByTestId('send-article-bundle').click()
    await expect(editorPage.getByTestId('send-bundle-dialog').getByRole('heading')).toHaveText('إعادة المقالات إلى كاتبها')
    const inbound = await writeBundle(editorPage)

    // Back at the journalist's desk, who typed on meanwhile: the merge keeps both.
    await articleScreen(page).editor.click()
    await page.keyboard.press('Control+End')
    await typeInBody(page, ' وقالت الشركة إن الأعطال أصلحت.')
    await waitUntilSaved(page)
    await page.getByTestId('back-to-library').click()
    const back = await openBundle(page, inbound)
    await expect(back.getByTestId('bundle-sender')).toContainText(editor.name)
    await expect(back.getByTestId('bundle-article')).toHaveAttribute('data-outcome', 'merged')
    await expect(back.getByTestId('bundle-article')).toContainText('تعليق جديد')
    await back.getByTestId('bundle-merge').click()
    await expect(back.getByTestId('bundle-merged')).toBeVisible()
    await back.getByTestId('bundle-close').click()
    await expect(libraryRow(page, 'انقطاع الكهرباء في الجنوب').getByTestId('article-item-threads')).toBeVisible()
    await libraryRow(page, 'انقطاع الكهرباء في الجنوب').click()
    await expect(page.getByTestId('review-panel').getByTestId('reply-text')).toHaveText(['أي ساعة بالضبط؟'])
    await expect(page.getByTestId('body-editor')).toContainText('وقالت الشركة إن الأعطال أصلحت.')
    await expect(page.getByTestId('body-editor')).toContainText('بعد ظهر اليوم')
  } finally {
    await editorPage.close()
    await deskB.stop()
    await rm(elsewhere, { recursive: true, force: true })
  }
})

test('a bundle changed after it was signed is refused with its reason, and the library stays as it was', async ({ page, openApp, workspace }) => {
  await openApp()
  await startWriting(page, 'موازنة البلدية')
  await typeInBody(page, 'أقر المجلس البلدي موازنة العام المقبل.')
  await waitUntilSaved(page)
  await page.getByTestId('back-to-library').click()
  await page.getByTestId('send-bundle').click()
  await page.getByTestId('send-bundle-dialog').getByTestId('bundle-pick').first().check()
  const file = await writeBundle(page)
  const bytes = await readFile(file)
  // One byte near the end of the signed contents, as a careless or a hostile hand would change it.
  const at = Math.floor(bytes.length * 0.6)
  bytes.writeUInt8(bytes.readUInt8(at) ^ 0x20, at)
  const tampered = join(workspace.dir, 'معدلة.midad')
  await writeFile(tampered, bytes)

  const dialog = await openBundle(page, tampered)
  await expect(dialog.getByTestId('bundle-error')).toContainText('لا يطابق محتواها')
  await dialog.getByTestId('bundle-close').click()
  await expect(page.getByTestId('article-item')).toHaveCount(1)
})

test('bundles opened with Midad from the system come up in the library one at a time, and one that cannot be read says so', async ({ page, host }) => {
  const article = await host.call<{ id: string }>('createArticle', { meta: { headline: 'حريق في سوق الخضار' } })
  const { file } = await host.call<{ file: string }>('sendBundle', { ids: [article.id], purpose: 'review' })
  const elsewhere = await mkdtemp(join(tmpdir(), 'midad-e2e-desk-b-'))
  // The editor's desk starts with the bundle named on its command line, as a double-click hands it to the app, and a second file since deleted.
  const deskB = new HostProcess(join(elsewhere, 'midad.sqlite'), [file, join(elsewhere, 'لم يعد هنا.midad')])
  try {
    await deskB.start()
    await deskB.call('saveProfile', editor)
    await page.goto(deskB.ready!.url)
    const dialog = page.getByTestId('bundle-dialog')
    await expect(dialog).toHaveAttribute('data-phase', 'preview')
    await expect(dialog.getByTestId('bundle-sender')).toContainText('سارة القاسم')
    await expect(dialog.getByTestId('bundle-article')).toHaveAttribute('data-outcome', 'new')
    await dialog.getByTestId('bundle-merge').click()
    await expect(dialog.getByTestId('bundle-merged')).toBeVisible()
    await dialog.getByTestId('bundle-close').click()
    // The next one comes once the first is closed: the file was gone, and the dialog says it could not be read.
    await expect(dialog).toHaveAttribute('data-phase', 'refused')
    await expect(dialog.getByTestId('bundle-error')).toContainText('لم يعد هنا.midad')
    await dialog.getByTestId('bundle-close').click()
    await expect(dialog).toHaveCount(0)
    await expect(libraryRow(page, 'حريق في سوق الخضار')).toBeVisible()
    // Given once: a reload does not offer them again.
    await page.reload()
    await expect(libraryRow(page, 'حريق في سوق الخضار')).toBeVisible()
    await expect(dialog).toHaveCount(0)
  } finally {
    await deskB.stop()
    await rm(elsewhere, { recursive: true, force: true })
  }
})

test('a bundle bringing back an article deleted here says so, with the day, before it is merged', async ({ page, host }) => {
  const article = await host.call<{ id: string }>('createArticle', { meta: { headline: 'إضراب سائقي الأجرة' } })
  const { file } = await host.call<{ file: string }>('sendBundle', { ids: [article.id], purpose: 'review' })
  const elsewhere = await mkdtemp(join(tmpdir(), 'midad-e2e-desk-b-'))
  const deskB = await secondDesk(elsewhere)
  try {
    await deskB.call('openBundle', { fileName: 'مراجعة.midad', dataBase64: (await readFile(file)).toString('base64') })
    await deskB.call('deleteArticle', { id: article.id })
    await page.goto(deskB.ready!.url)
    const dialog = await openBundle(page, file)
    const row = dialog.getByTestId('bundle-article')
    await expect(row).toHaveAttribute('data-outcome', 'returns')
    await expect(row).toContainText('حذفته من مكتبتك')
    await expect(row).toContainText(new Intl.DateTimeFormat('ar-u-nu-latn', { year: 'numeric' }).format(new Date()))
    await dialog.getByTestId('bundle-merge').click()
    await expect(dialog.getByTestId('bundle-merged')).toBeVisible()
    await dialog.getByTestId('bundle-close').click()
    await expect(libraryRow(page, 'إضراب سائقي الأجرة')).toBeVisible()
  } finally {
    await deskB.stop()
    await rm(elsewhere, { recursive: true, force: true })
  }
})
