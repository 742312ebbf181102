import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../shared/article/body'
import { dispatch } from '../../../shared/contract/dispatch'
import type { ImportedArticleResult } from '../../../shared/contract/operations'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { handlerOptionsIn } from '../testing/handler-options'
import { commentedRun, docxFile, embeddedObjectRun, footnoteRun, paragraph, pictureRun, run } from './testing/docx-fixture'
import { importArticleFile } from './import-article-file'

const textOf = (node: BodyNode): string => node.text ?? (node.content ?? []).map(textOf).join('')
const utf8 = (text: string) => new TextEncoder().encode(text)

let dir: string
let core: Core
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-import-unkept-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

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

describe('importing names what it cannot keep', () => {
  it('a Word file’s footnotes, comments and embedded objects are counted, the commented words kept and no footnote number left in the text', async () => {
    const imported = await core.importArticle('الوفد.docx', await wordWithNotes())
    expect(imported.unkept).toEqual({ pictures: 0, objects: 1, comments: 1, footnotes: 2 })
    const stored = core.getArticle(imported.id)
    expect((stored.body.content ?? []).map(textOf)).toEqual(['وصل الوفد صباحًا وعقد اجتماعًا مغلقًا.', 'وبلغ عدد الوفود ٤٠.'])
  })

  it('a Word file’s picture becomes a figure and is not reported as left out', async () => {
    const png = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'))
    const bytes = await docxFile({ media: { image1: png }, body: [paragraph({ style: 'Title' }, run('صورة')), paragraph({}, pictureRun('rIdimage1', { descr: 'ملعب' }))].join('') })
    const imported = await core.importArticle('صورة.docx', bytes)
    expect(imported.unkept.pictures).toBe(0)
    expect(core.getArticle(imported.id).body.content?.some((n) => n.type === 'figure')).toBe(true)
  })

  it('a web page’s embedded video and pictures are counted; a page that loses nothing reports nothing', async () => {
    const page = '<!DOCTYPE html><html><body><h1>عنوان</h1><p>نص.</p><p><img src="https://news.example/a.jpg" alt="أ"></p><iframe src="https://video.example/embed/1"></iframe></body></html>'
    expect((await importArticleFile('صفحة.html', utf8(page))).unkept).toEqual({ pictures: 1, objects: 1, comments: 0, footnotes: 0 })
    expect((await core.importArticle('نظيفة.html', utf8('<!DOCTYPE html><h1>عنوان</h1><p>نص.</p>'))).unkept).toEqual({ pictures: 0, objects: 0, comments: 0, footnotes: 0 })
  })

  it('returns the count with the article through the contract', async () => {
    const handlers = createHandlers(core, handlerOptionsIn(dir))
    const result = await dispatch(handlers, 'importArticle', { fileName: 'الوفد.docx', dataBase64: Buffer.from(await wordWithNotes()).toString('base64') }, { locale: 'ar' })
    if (!result.ok) throw new Error(result.error.message)
    expect((result.value as ImportedArticleResult).unkept).toEqual({ pictures: 0, objects: 1, comments: 1, footnotes: 2 })
  })
})
