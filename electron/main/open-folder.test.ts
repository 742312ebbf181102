import type { Shell } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { folderOpener } from './open-folder'
import { fake } from './testing/fake-electron'

vi.mock('electron', async () => (await import('./testing/fake-electron')).fake.module)

beforeEach(() => {
  fake.shell.openedPaths.length = 0
  fake.shell.nextOpenPathError = ''
})

describe('opening the export folder from the app', () => {
  it('asks the system to show the folder core exported to', async () => {
    const open = folderOpener(fake.shell as unknown as Shell)
    expect(await open('/home/محرر/تصدير/4f7f3c8e')).toBe(true)
    expect(fake.shell.openedPaths).toEqual(['/home/محرر/تصدير/4f7f3c8e'])
  })

  it('reports a folder the system could not open as not opened', async () => {
    fake.shell.nextOpenPathError = 'Failed to open path'
    expect(await folderOpener(fake.shell as unknown as Shell)('/gone')).toBe(false)
  })
})
