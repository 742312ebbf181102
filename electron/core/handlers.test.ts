import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/article/article'
import { emptyMeta } from '../../shared/article/meta'
import { dispatch } from '../../shared/contract/dispatch'
import type { Result } from '../../shared/contract/errors'
import { openCore, type Core } from './core'
import { createHandlers } from './handlers'
import { handlerOptionsIn } from './testing/handler-options'

let dir: string
let core: Core
let askedFor: Article[]
let call: (name: string, payload: unknown, locale?: 'ar' | 'en') => Promise<Result<unknown>>

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-handlers-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  askedFor = []
  const handlers = createHandlers(core, {
    ...handlerOptionsIn(dir),
    exportsFolderFor: async (article) => {
      askedFor.push(article)
      return join(dir, 'exports', 'chosen')
    }
  })
  call = (name, payload, locale = 'en') => dispatch(handlers, name, payload, { locale })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const uuid = '3f2b8c1e-9d4a-4e6b-8a1c-5b7d9e0f1a2b'
const meta = { ...emptyMeta, section: 'رياضة', headline: 'فوز', slug: 'فوز' }
const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'فاز الفريق' }] }] }

const errorOf = (result: Result<unknown>) => {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`)
  return result.error
}

describe('malformed requests through dispatch', () => {
  it.each<[string, string, unknown, string]>([
    ['a wrong type', 'getArticle', { id: 42 }, 'id'],
    ['a malformed uuid', 'getArticle', { id: 'not-a-uuid' }, 'id'],
    ['an extra field', 'createArticle', { meta: {}, admin: true }, 'admin'],
    ['meta of the wrong type', 'saveArticle', { id: uuid, baseVersion: 1, meta: { ...meta, headline: 7 }, body }, 'meta.headline'],
    ['a version that is not a positive integer', 'saveArticle', { id: uuid, baseVersion: 0, meta, body }, 'baseVersion'],
    ['a body that is not a document', 'saveArticle', { id: uuid, baseVersion: 1, meta, body: { type: 'p' } }, 'body.type'],
    ['picture data that is not base64', 'addImage', { fileName: 'a.png', dataBase64: 'not base64!!' }, 'dataBase64'],
    ['base64 with a stray character', 'addImage', { fileName: 'a.png', dataBase64: 'iVBO*w0KGgo=' }, 'dataBase64'],
    ['no payload at all', 'deleteArticle', undefined, 'id']
  ])('refuses %s with a readable invalid_input and changes nothing', async (_what, name, payload, field) => {
    core.createArticle({ headline: 'موجود' })
    const before = core.listArticles()

    const error = errorOf(await call(name, payload))
    expect(error.code).toBe('invalid_input')
    expect(error.message).toBe(`The request is not valid (field: ${field}). Nothing was changed.`)
    expect(errorOf(await call(name, payload, 'ar')).message).toContain('الطلب غير صالح')
    expect(core.listArticles()).toEqual(before)
    expect(existsSync(core.mediaDir)).toBe(false)
  })

  it('refuses an operation that does not exist', async () => {
    expect(errorOf(await call('dropDatabase', {})).code).toBe('unknown_operation')
  })

  it('turns core refusals into translated failures', async () => {
    const { id, version } = core.createArticle()
    core.saveArticle({ id, baseVersion: version, meta, body: body as Article['body'] })
    const stale = errorOf(await call('saveArticle', { id, baseVersion: 1, meta, body }, 'ar'))
    expect(stale.code).toBe('stale_version')
    expect(stale.message).toContain('نسخة أحدث')
    expect(errorOf(await call('getArticle', { id: uuid })).code).toBe('not_found')
  })
})

describe('operations through dispatch', () => {
  it('creates, saves, reads, lists and deletes an article', async () => {
    const created = await call('createArticle', { meta: { headline: 'خبر' } })
    if (!created.ok) throw new Error(created.error.message)
    const { id } = created.value as Article

    const saved = await call('saveArticle', { id, baseVersion: 1, meta, body })
    expect(saved).toMatchObject({ ok: true, value: { version: 2, wordCount: 2 } })
    expect(await call('getArticle', { id })).toMatchObject({ ok: true, value: { meta, body, version: 2 } })
    expect(await call('listArticles', {})).toMatchObject({ ok: true, value: { articles: [{ id, headline: 'فوز' }] } })
    expect(await call('deleteArticle', { id })).toEqual({ ok: true, value: { deleted: true } })
    expect(await call('listArticles', {})).toMatchObject({ ok: true, value: { articles: [], total: 0, counts: { all: 0 } } })
  })

  it('adds a picture sent as base64', async () => {
    const png = await sharp({ create: { width: 12, height: 8, channels: 3, background: '#335577' } }).png().toBuffer()
    const result = await call('addImage', { fileName: 'خريطة.png', dataBase64: png.toString('base64') })
    expect(result).toMatchObject({ ok: true, value: { width: 12, height: 8, mimeType: 'image/png' } })
    if (!result.ok) return
    const { mediaId } = result.value as { mediaId: string }
    expect(readFileSync(core.mediaFilePath(mediaId)).equals(png)).toBe(true)
  })

  it('exports into the folder the shell chose for that article', async () => {
    const { id } = core.createArticle({ headline: 'للنشر' })
    core.saveArticle({ id, baseVersion: 1, meta: { ...meta, headline: 'للنشر' }, body: body as Article['body'] })
    const result = await call('exportArticle', { id })
    expect(askedFor.map((a) => a.id)).toEqual([id])
    expect(result).toMatchObject({ ok: true, value: { folder: join(dir, 'exports', 'chosen', id) } })
    expect(readFileSync(join(dir, 'exports', 'chosen', id, 'index.html'), 'utf8')).toContain('للنشر')
  })

  it('opens only the folder it exported the article to, and says when it could not open it', async () => {
    const opened: string[] = []
    const handlers = createHandlers(core, { ...handlerOptionsIn(dir), openFolder: (folder) => (opened.push(folder), true) })
    const { id } = core.createArticle({ headline: 'للنشر' })
    core.saveArticle({ id, baseVersion: 1, meta: { ...meta, headline: 'للنشر' }, body: body as Article['body'] })
    const before = await dispatch(handlers, 'openExportFolder', { id }, { locale: 'en' })
    expect(before).toMatchObject({ ok: false, error: { code: 'export_folder_unknown', message: expect.stringContaining('export it first') } })
    expect(opened).toEqual([])

    await dispatch(handlers, 'exportArticle', { id }, { locale: 'en' })
    expect(await dispatch(handlers, 'openExportFolder', { id }, { locale: 'en' })).toEqual({ ok: true, value: { folder: join(dir, 'exports', id), opened: true } })
    expect(opened).toEqual([join(dir, 'exports', id)])

    // Without a desktop (the browser host, by default) nothing is opened: the folder is named instead.
    expect(await call('exportArticle', { id })).toMatchObject({ ok: true })
    expect(await call('openExportFolder', { id })).toEqual({ ok: true, value: { folder: join(dir, 'exports', 'chosen', id), opened: false } })
  })
})

describe('the workflow status through dispatch', () => {
  it('moves an article along the workflow without a new revision, and the list shows it', async () => {
    const { id, version, updatedAt } = core.createArticle({ headline: 'للمراجعة' })
    expect(await call('setArticleStatus', { id, status: 'in_review' })).toEqual({ ok: true, value: { status: 'in_review' } })
    expect(core.getArticle(id)).toMatchObject({ status: 'in_review', version, updatedAt })
    expect(await call('listArticles', {})).toMatchObject({ ok: true, value: { articles: [{ id, status: 'in_review' }] } })
    // An editor may send it back.
    expect(await call('setArticleStatus', { id, status: 'draft' })).toEqual({ ok: true, value: { status: 'draft' } })
  })

  it('refuses a status that is not one, or an article that is not there, changing nothing', async () => {
    const { id } = core.createArticle({ headline: 'مسودة' })
    const refused = await call('setArticleStatus', { id, status: 'archived' }, 'ar')
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(core.getArticle(id).status).toBe('draft')
    expect(await call('setArticleStatus', { id: uuid, status: 'approved' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('a batch export through dispatch', () => {
  it('writes each article of the batch into its own folder inside the one chosen for the batch', async () => {
    const ids = ['الأول', 'الثاني'].map((headline) => {
      const { id } = core.createArticle({ headline })
      core.saveArticle({ id, baseVersion: 1, meta: { ...meta, headline }, body: body as Article['body'] })
      return id
    })
    const begun = await call('beginExportBatch', {})
    if (!begun.ok) throw new Error(begun.error.message)
    const { batchId, folder } = begun.value as { batchId: string; folder: string }
    expect(folder).toBe(join(dir, 'exports'))
    for (const id of ids) {
      expect(await call('exportArticle', { id, batchId })).toMatchObject({ ok: true, value: { folder: join(dir, 'exports', id) } })
    }
    expect(askedFor).toEqual([]) // the single-article folder question is never asked in a batch
    expect(readFileSync(join(dir, 'exports', ids[1]!, 'index.html'), 'utf8')).toContain('الثاني')
  })

  it('refuses a batch it does not know (the app restarted) with a message, writing nothing', async () => {
    const { id } = core.createArticle({ headline: 'خبر' })
    core.saveArticle({ id, baseVersion: 1, meta: { ...meta, headline: 'خبر' }, body: body as Article['body'] })
    const refused = await call('exportArticle', { id, batchId: uuid }, 'ar')
    expect(refused).toMatchObject({ ok: false, error: { code: 'export_batch_expired', message: expect.stringContaining('ابدأ التصدير من جديد') } })
    expect(existsSync(join(dir, 'exports'))).toBe(false)
  })
})

describe('cancelling an import', () => {
  const page = (paragraphs: number) =>
    Buffer.from(`<!doctype html><h1>تقرير طويل</h1>${'<div class="x"><p>فقرة <b>من</b> تقرير المراسل عن الجلسة.</p></div>'.repeat(paragraphs)}`).toString('base64')
  const importId = '7c9e6679-7425-40de-944b-e07fc1f90ae7'

  it('stops the running import by its id, and no article is created', async () => {
    const importing = call('importArticle', { fileName: 'long.html', dataBase64: page(20_000), importId })
    // The worker is running by the time the cancel arrives.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await call('cancelImport', { importId })).toEqual({ ok: true, value: { cancelled: true } })
    const result = await importing
    expect(errorOf(result).code).toBe('cancelled')
    expect(errorOf(result).message).toBe('The operation was cancelled.')
    expect(core.listArticles()).toEqual([])
  })

  it('says so when the import has already finished, and keeps its article', async () => {
    const imported = await call('importArticle', { fileName: 'short.html', dataBase64: page(2), importId })
    expect(imported.ok).toBe(true)
    expect(await call('cancelImport', { importId })).toEqual({ ok: true, value: { cancelled: false } })
    expect(core.listArticles()).toHaveLength(1)
  })

  it('stops an import whose cancel arrived before it did', async () => {
    expect(await call('cancelImport', { importId })).toEqual({ ok: true, value: { cancelled: false } })
    expect(errorOf(await call('importArticle', { fileName: 'late.html', dataBase64: page(2), importId })).code).toBe('cancelled')
    expect(core.listArticles()).toEqual([])
  })

  it('refuses an id that is not a uuid', async () => {
    expect(errorOf(await call('cancelImport', { importId: 'all' })).code).toBe('invalid_input')
  })
})
