import type { BrowserWindow, Dialog } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { MidadError } from '../../shared/contract/errors'
import { bundleFolderPicker, exportBatchFolderPicker, exportFolderPicker } from './export-folder'
import { FakeBrowserWindow, fake } from './testing/fake-electron'

vi.mock('electron', async () => (await import('./testing/fake-electron')).fake.module)

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
    // Core puts the article into its own <id>/ inside it (article-export-folder.test.ts).
    const folder = await picker()()
    expect(folder).toBe('/home/محرر/تصدير')
    expect(fake.dialog.openDialogs[0]).toMatchObject({ properties: ['openDirectory', 'createDirectory'], title: 'اختر المجلد الذي يُصدَّر المقال إليه' })
  })

  it('speaks English when the shell does', async () => {
    fake.dialog.nextOpenResult = { canceled: false, filePaths: ['/tmp/out'] }
    await picker('en')()
    expect(fake.dialog.openDialogs[0]).toMatchObject({ title: 'Choose the folder to export the article into', buttonLabel: 'Export here' })
  })

  it('reports a cancelled picker as cancelled, not as a folder', async () => {
    fake.dialog.nextOpenResult = { canceled: true, filePaths: [] }
    const refusal = await picker()().catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(MidadError)
    expect((refusal as MidadError).code).toBe('cancelled')
  })
})

describe('choosing where a batch is exported', () => {
  const batchPicker = () => {
    const parent = new FakeBrowserWindow({})
    return exportBatchFolderPicker({ dialog: fake.dialog as unknown as Dialog, parentWindow: () => parent as unknown as BrowserWindow, locale: () => 'ar' })
  }

  it('asks once for the whole batch', async () => {
    fake.dialog.nextOpenResult = { canceled: false, filePaths: ['/home/محرر/دفعة'] }
    const batch = await batchPicker()()
    expect(fake.dialog.openDialogs).toHaveLength(1)
    expect(fake.dialog.openDialogs[0]).toMatchObject({ title: 'اختر المجلد الذي تُصدَّر المقالات إليه (لكل مقال مجلده)' })
    expect(batch).toBe('/home/محرر/دفعة')
  })

  it('reports a cancelled picker as cancelled', async () => {
    fake.dialog.nextOpenResult = { canceled: true, filePaths: [] }
    const refusal = await batchPicker()().catch((error: unknown) => error)
    expect((refusal as MidadError).code).toBe('cancelled')
  })
})

describe('choosing where a review bundle is saved', () => {
  const bundlePicker = (locale: 'ar' | 'en') => {
    const parent = new FakeBrowserWindow({})
    return bundleFolderPicker({ dialog: fake.dialog as unknown as Dialog, parentWindow: () => parent as unknown as BrowserWindow, locale: () => locale })
  }

  it('asks for a folder with its own title and button, in the shell’s language', async () => {
    fake.dialog.nextOpenResult = { canceled: false, filePaths: ['/home/محرر/حزم'] }
    expect(await bundlePicker('ar')()).toBe('/home/محرر/حزم')
    fake.dialog.nextOpenResult = { canceled: false, filePaths: ['/tmp/bundles'] }
    await bundlePicker('en')()
    expect(fake.dialog.openDialogs.map((opened) => [opened.title, opened.buttonLabel])).toEqual([
      ['اختر المجلد الذي تُحفظ فيه حزمة المراجعة', 'احفظ هنا'],
      ['Choose the folder to save the review bundle in', 'Save here']
    ])
  })

  it('reports a cancelled picker as cancelled', async () => {
    fake.dialog.nextOpenResult = { canceled: true, filePaths: [] }
    const refusal = await bundlePicker('ar')().catch((error: unknown) => error)
    expect((refusal as MidadError).code).toBe('cancelled')
  })
})
