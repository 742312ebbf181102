import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_BUNDLE_BYTES } from '../../../shared/bundle/bundle-views'
import { createOpenedBundles } from './opened-bundles'

const dir = mkdtempSync(join(tmpdir(), 'midad-opened-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the .midad files the system opens with the app', () => {
  it('reads each as it comes, gives each once in order, and says which could not be read or are too large', () => {
    const first = join(dir, 'مراجعة سارة.midad')
    const second = join(dir, 'BACK.MIDAD')
    const huge = join(dir, 'قرص.midad')
    writeFileSync(first, 'أول')
    writeFileSync(second, 'ثان')
    writeFileSync(huge, '')
    truncateSync(huge, MAX_BUNDLE_BYTES + 1)
    const opened = createOpenedBundles()

    expect(opened.offer([first, join(dir, 'تقرير.docx'), '--flag'])).toBe(1)
    expect(opened.offer([second, join(dir, 'مفقود.midad'), huge])).toBe(3)
    // Read when offered: a file removed afterwards is still the one that was opened.
    rmSync(first)
    expect(opened.take()).toEqual([
      { kind: 'file', fileName: 'مراجعة سارة.midad', dataBase64: Buffer.from('أول').toString('base64') },
      { kind: 'file', fileName: 'BACK.MIDAD', dataBase64: Buffer.from('ثان').toString('base64') },
      { kind: 'unreadable', fileName: 'مفقود.midad' },
      { kind: 'too_large', fileName: 'قرص.midad' }
    ])
    expect(opened.take()).toEqual([])
  })
})
