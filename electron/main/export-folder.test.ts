import { join, resolve } from 'node:path'
import type { BrowserWindow, Dialog } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { MidadError } from '../../shared/contract/errors'
import type { Article } from '../../shared/article/article'
import { publishedArticlePath } from '../../shared/schema/internal-link'
import { exportBatchFolderPicker, exportFolderPicker } from './export-folder'
import { FakeBrowserWindow, fake } from './testing/fake-electron'

vi.mock('electron', async () => (await import('./testing/fake-electron')).fake.module)

const article = { id: '4f7f3c8e-2d4a-4b8e-9c1d-0a1b2c3d4e5f' } as Article

beforeEach(() => {
  fake.dialog.openDialogs.length = 0
})

function picker(locale: 'ar' | 'en' = 'ar') {
  const parent = new FakeBrowserWindow({})
  return exportFolderPicker({ dialog: fake.dialog as unknown as Dialog, parentWindow: () => parent as unknown as BrowserWindow, locale: () => locale })
}

describe('choosing where to export', () => {
  it('asks for a folder the journalist may also create, in Arabic by default', async () => {
    fake.dialog.nextOpenResult = { canceled: false, filePaths: ['/home/محرر/تصدير'] }
    const folder = await picker()(article)
    expect(folder).toBe('/home/محرر/تصدير/4f7f3c8e-2d4a-4b8e-9c1d-0a1b2c3d4e5f')
    expect(fake.dialog.openDialogs[0]).toMatchObject({ properties: ['openDirectory', 'createDirectory'], title: 'اختر المجلد الذي يُصدَّر المقال إليه' })
  })

  it('speaks English when the shell does', async () => {
    fake.dialog.nextOpenResult = { canceled: false, filePaths: ['/tmp/out'] }
    await picker('en')(article)
    expect(fake.dialog.openDialogs[0]).toMatchObject({ title: 'Choose the folder to export the article into', buttonLabel: 'Export here' })
  })

  it('reports a cancelled picker as cancelled, not as a folder', async () => {
    fake.dialog.nextOpenResult = { canceled: true, filePaths: [] }
    const refusal = await picker()(article).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(MidadError)
    expect((refusal as MidadError).code).toBe('cancelled')
  })
})

describe('choosing where a batch is exported', () => {
  const batchPicker = () => {
    const parent = new FakeBrowserWindow({})
    return exportBatchFolderPicker({ dialog: fake.dialog as unknown as Dialog, parentWindow: () => parent as unknown as BrowserWindow, locale: () => 'ar' })
  }

  it('asks once, and gives each article of the batch the folder a single export would', async () => {
    fake.dialog.nextOpenResult = { canceled: false, filePaths: ['/home/محرر/دفعة'] }
    const batch = await batchPicker()()
    expect(fake.dialog.openDialogs).toHaveLength(1)
    expect(fake.dialog.openDialogs[0]).toMatchObject({ title: 'اختر المجلد الذي تُصدَّر المقالات إليه (لكل مقال مجلده)' })
    expect(batch.folder).toBe('/home/محرر/دفعة')
    expect(batch.folderFor(article)).toBe(`/home/محرر/دفعة/${article.id}`)
    expect(fake.dialog.openDialogs).toHaveLength(1)
  })

  // An exported page links another article of the library as its sibling
  // folder; the app's folders must be where that link points (they were not
  // while the app named them midad-<id>).
  it('lays the batch out so a link from one exported article reaches the other', async () => {
    fake.dialog.nextOpenResult = { canceled: false, filePaths: ['/home/محرر/دفعة'] }
    const batch = await batchPicker()()
    const linked = { id: '0b5c2f1e-7a3d-4c9b-8e2f-6d1a0c9b8e7f' } as Article
    const from = join(batch.folderFor(article), 'index.html')
    expect(resolve(from, '..', publishedArticlePath(linked.id))).toBe(join(batch.folderFor(linked), 'index.html'))
  })

  it('reports a cancelled picker as cancelled', async () => {
    fake.dialog.nextOpenResult = { canceled: true, filePaths: [] }
    const refusal = await batchPicker()().catch((error: unknown) => error)
    expect((refusal as MidadError).code).toBe('cancelled')
  })
})
