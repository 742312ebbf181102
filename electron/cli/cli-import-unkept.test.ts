import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { commentedRun, docxFile, embeddedObjectRun, footnoteRun, paragraph, run } from '../core/testing'
import { midad } from './testing/run-midad'

const dir = mkdtempSync(join(tmpdir(), 'midad-cli-unkept-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const wordWithNotes = () =>
  docxFile({
    footnotes: ['بحسب وكالة الأنباء الرسمية.', 'أرقام أولية.'],
    comments: ['تأكد من الموعد'],
    body: [
      paragraph({ style: 'Title' }, run('وصول الوفد')),
      paragraph({}, run('وصل الوفد صباحًا'), footnoteRun(1), run(' وعقد '), commentedRun(0, 'اجتماعًا مغلقًا'), run('.')),
      paragraph({}, run('وبلغ عدد الوفود ٤٠'), footnoteRun(2), run('.')),
      paragraph({}, embeddedObjectRun())
    ].join('')
  })

describe('midad import names what it could not keep', () => {
  it('in a line of its own, in the language of the environment it is given, and in --json', async () => {
    const file = join(dir, 'delegation.docx')
    writeFileSync(file, await wordWithNotes())
    const db = join(dir, 'cli.sqlite')
    const english = await midad(['import', file, '--db', db], { MIDAD_LOCALE: 'en' })
    expect(english.status).toBe(0)
    expect(english.stdout.split('\n')[1]).toBe(
      'Imported, but some of it cannot be kept in an article and was left out: 1 embedded object (video, frame or player), 1 comment, and 2 footnotes.'
    )
    const arabic = await midad(['import', file, '--db', db], { MIDAD_LOCALE: 'ar' })
    expect(arabic.stdout).toContain('عنصر مضمّن واحد (فيديو أو إطار أو مشغّل) وتعليق واحد وحاشيتان')
    const asJson = JSON.parse((await midad(['import', file, '--json', '--db', db])).stdout) as { unkept: unknown }
    expect(asJson.unkept).toEqual({ pictures: 0, objects: 1, comments: 1, footnotes: 2 })
  })
})
