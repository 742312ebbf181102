import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleBody, BodyNode } from '../../../shared/article/body'
import { emptyMeta, type ArticleMeta } from '../../../shared/article/meta'
import type { ErrorCode } from '../../../shared/contract/errors'
import { openCore, type Core } from '../core'
import { failureOf } from '../testing/failure-of'

let dir: string
let dbPath: string
let core: Core
const opened: Core[] = []

const open = (): Core => {
  const c = openCore({ dbPath })
  opened.push(c)
  return c
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-articles-'))
  dbPath = join(dir, 'midad.sqlite')
  core = open()
})
afterEach(() => {
  for (const c of opened.splice(0)) c.close()
  rmSync(dir, { recursive: true, force: true })
})

const text = (t: string): BodyNode => ({ type: 'text', text: t })
const paragraph = (t: string): BodyNode => ({ type: 'paragraph', content: [text(t)] })
const doc = (...content: BodyNode[]): ArticleBody => ({ type: 'doc', content })

const meta: ArticleMeta = {
  section: 'اقتصاد',
  kicker: 'عاجل',
  headline: 'البنكُ المركزيُّ يُبقي الفائدةَ دون تغيير',
  dek: 'قرارٌ متوقَّع، «وسط ترقّب الأسواق»',
  bylines: ['سلمى حدّاد', 'كريم نصّار'],
  dateline: 'بيروت',
  tags: ['الفائدة', 'المصارف'],
  slug: 'البنك-المركزي-يبقي-الفائدة-دون-تغيير',
  slugIsCustom: false,
  slugScript: 'arabic',
  seoTitle: 'المركزي يثبّت الفائدة',
  seoDescription: '',
  leadImage: null
}

// The database and its write-ahead log: a write lands in the log first.
const fileBytes = (): Buffer =>
  Buffer.concat([dbPath, `${dbPath}-wal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)))

const codeOf = async (run: () => unknown): Promise<ErrorCode> => (await failureOf(run)).code

describe('saving an article', () => {
  it('keeps meta and body, and counts Arabic words with harakat and «، » punctuation', () => {
    const created = core.createArticle({ headline: 'مسودة' })
    expect(created.version).toBe(1)
    expect(created.meta).toEqual({ ...emptyMeta, headline: 'مسودة', slug: 'مسودة' })

    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('خلفيةُ القرار')] },
      // Eight words: the comma, the guillemets and the missing space after «،» must not change the count.
      paragraph('قالَ الوزيرُ، «إنّ الاقتصادَ ينمو»؛ وأضافَ:لا تراجعَ.'),
      { type: 'quote', attrs: { attribution: 'محافظ البنك' }, content: [paragraph('الاستقرارُ أولاً')] },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'المصدر', marks: [{ type: 'link', attrs: { href: 'https://example.org/تقرير' } }] }]
      }
    )
    const saved = core.saveArticle({ id: created.id, baseVersion: 1, meta, body })
    // 2 (heading) + 8 + 2 (quote) + 1 (link)
    expect(saved.wordCount).toBe(13)
    expect(saved.version).toBe(2)
    expect(saved.updatedAt >= created.updatedAt).toBe(true)

    core.close()
    const reopened = open()
    const article = reopened.getArticle(created.id)
    expect(article.meta).toEqual(meta)
    expect(article.version).toBe(2)
    expect(article.wordCount).toBe(13)
    expect(article.createdAt).toBe(created.createdAt)
    expect(article.updatedAt).toBe(saved.updatedAt)
    expect(article.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    // Stored as the schema sees it: every block also carries its direction (null = the article's RTL).
    expect(article.body.content?.[0]).toEqual({ ...body.content?.[0], attrs: { level: 2, dir: null } })
    expect(article.body.content?.[1]).toMatchObject(body.content![1]!)
    expect(article.body.content?.[2]).toMatchObject(body.content![2]!)
    expect(article.body.content?.[3]?.content?.[0]?.marks?.[0]?.attrs?.href).toBe('https://example.org/تقرير')
  })

  it('stores the body as the schema sees it: attributes it does not know are dropped', () => {
    const { id } = core.createArticle()
    const body = doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [text('نص')] })
    core.saveArticle({ id, baseVersion: 1, meta, body })
    expect(core.getArticle(id).body).toEqual(doc({ ...paragraph('نص'), attrs: { dir: null } }))
  })

  it('keeps a block explicitly set left-to-right through save and reload', () => {
    const { id } = core.createArticle()
    const english = { type: 'paragraph', attrs: { dir: 'ltr' }, content: [text('"We will not back down," he said.')] }
    const body = doc(english, { type: 'heading', attrs: { level: 2, dir: 'ltr' }, content: [text('Statement')] }, paragraph('نص عربي'))
    core.saveArticle({ id, baseVersion: 1, meta, body })
    const stored = core.getArticle(id).body.content ?? []
    expect(stored.map((block) => block.attrs?.dir)).toEqual(['ltr', 'ltr', null])
  })

  it('refuses a save against a stale version and keeps the newer text', async () => {
    const { id } = core.createArticle()
    core.saveArticle({ id, baseVersion: 1, meta, body: doc(paragraph('النسخة الثانية')) })
    const before = core.getArticle(id)

    expect(await codeOf(() =>
      core.saveArticle({ id, baseVersion: 1, meta: { ...meta, headline: 'قديم' }, body: doc(paragraph('نسخة قديمة')) })
    )).toBe('stale_version')
    expect(core.getArticle(id)).toEqual(before)
  })

  it.each<[string, unknown]>([
    ['an unknown node', doc({ type: 'script', content: [text('x')] })],
    ['text directly in the document', doc(text('نص'))],
    ['an h1 heading (the headline is the page h1)', doc({ type: 'heading', attrs: { level: 1 }, content: [text('x')] })],
    ['a figure naming a path', doc({ type: 'figure', attrs: { mediaId: '../../midad.sqlite' } })],
    ['a javascript: link', doc({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] })],
    ['an empty document', doc()],
    ['not a document at all', { type: 'paragraph', content: [text('x')] }]
  ])('refuses %s and changes nothing', async (_what, body) => {
    const { id } = core.createArticle()
    core.saveArticle({ id, baseVersion: 1, meta, body: doc(paragraph('محفوظ')) })
    const before = core.getArticle(id)
    const bytesBefore = fileBytes()

    expect(await codeOf(() => core.saveArticle({ id, baseVersion: 2, meta, body: body as ArticleBody }))).toBe('invalid_body')
    expect(core.getArticle(id)).toEqual(before)
    expect(fileBytes().equals(bytesBefore)).toBe(true)
  })

  it('accepts a figure naming a stored picture, and refuses meta of the wrong shape', async () => {
    const { id } = core.createArticle()
    const figure = { type: 'figure', attrs: { mediaId: `${'ab'.repeat(32)}.jpg`, alt: 'صورة', caption: 'تعليق', credit: 'رويترز', width: 640, height: 480 } }
    expect(core.saveArticle({ id, baseVersion: 1, meta, body: doc(figure, paragraph('نص')) }).version).toBe(2)
    expect(core.getArticle(id).body.content?.[0]).toEqual({ ...figure, attrs: { ...figure.attrs, dir: null } })

    const badMeta = { ...meta, headline: 42 } as unknown as ArticleMeta
    expect(await codeOf(() => core.saveArticle({ id, baseVersion: 2, meta: badMeta, body: doc(paragraph('x')) }))).toBe('invalid_input')
    expect(core.getArticle(id).version).toBe(2)
  })

  it('refuses to create an article with an invalid body and stores nothing', async () => {
    expect(await codeOf(() => core.createArticle({}, doc({ type: 'nope' })))).toBe('invalid_body')
    expect(core.listArticles()).toEqual([])
  })

  it('reports an unknown article as not found', async () => {
    const id = '7d1c0c55-3f0a-4a7e-8f3e-7e3f0f2b9a10'
    expect(await codeOf(() => core.getArticle(id))).toBe('not_found')
    expect(await codeOf(() => core.saveArticle({ id, baseVersion: 1, meta, body: doc(paragraph('x')) }))).toBe('not_found')
    expect(core.listArticles()).toEqual([])
  })
})

describe('an id written in capitals', () => {
  it('names the same article, as the CLI passes it on (show, status, lint, export, delete)', async () => {
    const { id } = core.createArticle({ headline: 'بالأحرف الكبيرة' })
    const upper = id.toUpperCase()
    expect(core.getArticle(upper)).toMatchObject({ id, meta: { headline: 'بالأحرف الكبيرة' } })
    expect(core.setArticleStatus(upper, 'in_review')).toBe('in_review')
    expect(core.checkArticle(upper).length).toBeGreaterThan(0)
    expect(core.saveArticle({ id: upper, baseVersion: 1, meta: { ...meta, headline: 'محفوظ' }, body: doc(paragraph('x')) }).version).toBe(2)
    expect(core.getArticle(id)).toMatchObject({ status: 'in_review', version: 2, meta: { headline: 'محفوظ' } })
    core.deleteArticle(upper)
    expect(await codeOf(() => core.getArticle(id))).toBe('not_found')
  })
})

describe('listing and deleting', () => {
  it('lists the most recently saved article first', () => {
    const first = core.createArticle({ headline: 'الأول' })
    const second = core.createArticle({ headline: 'الثاني' })
    expect(core.listArticles().map((a) => a.headline)).toEqual(['الثاني', 'الأول'])

    core.saveArticle({ id: first.id, baseVersion: 1, meta: { ...meta, headline: 'الأول' }, body: doc(paragraph('كلمة واحدة')) })
    const list = core.listArticles()
    expect(list.map((a) => a.id)).toEqual([first.id, second.id])
    expect(list[0]).toMatchObject({ headline: 'الأول', section: 'اقتصاد', wordCount: 2 })
  })

  it('deletes an article, and a second delete says it is gone', async () => {
    const keep = core.createArticle({ headline: 'يبقى' })
    const gone = core.createArticle({ headline: 'يُحذف' })
    core.deleteArticle(gone.id)
    expect(await codeOf(() => core.getArticle(gone.id))).toBe('not_found')
    expect(core.listArticles().map((a) => a.id)).toEqual([keep.id])
    expect(await codeOf(() => core.deleteArticle(gone.id))).toBe('not_found')
  })
})

describe('a page of the library', () => {
  it('gives the newest edits first, a page at a time, with the counts by status', () => {
    const made = ['أ', 'ب', 'ج', 'د', 'هـ'].map((headline) => core.createArticle({ headline }))
    core.setArticleStatus(made[1]!.id, 'in_review')
    core.setArticleStatus(made[3]!.id, 'in_review')
    const first = core.libraryPage({ limit: 2 })
    expect(first.articles.map((a) => a.headline)).toEqual(['هـ', 'د'])
    expect(first).toMatchObject({ offset: 0, total: 5, counts: { all: 5, draft: 3, in_review: 2, approved: 0, published: 0 } })
    expect(core.libraryPage({ offset: 2, limit: 2 }).articles.map((a) => a.headline)).toEqual(['ج', 'ب'])
    expect(core.libraryPage({ offset: 4, limit: 2 }).articles.map((a) => a.headline)).toEqual(['أ'])
    expect(core.libraryPage({ offset: 9 }).articles).toEqual([])
    const inReview = core.libraryPage({ status: 'in_review', limit: 1 })
    expect(inReview.articles.map((a) => a.headline)).toEqual(['د'])
    expect(inReview.total).toBe(2)
    // The page carries what a row of the list shows, the same as the whole list.
    expect(core.libraryPage({}).articles).toEqual(core.listArticles())
  })

  it('refuses a page it cannot give and changes nothing', async () => {
    core.createArticle({ headline: 'وحيد' })
    for (const bad of [{ limit: 0 }, { limit: 501 }, { offset: -1 }, { limit: 2.5 }, { status: 'done' }, { extra: 1 }]) {
      expect(await codeOf(() => core.libraryPage(bad as never))).toBe('invalid_input')
    }
    expect(core.libraryPage({}).total).toBe(1)
  })
})

describe('the app and the CLI on the same file', () => {
  it('each sees the other’s saves, and a save from a stale copy is refused', async () => {
    const app = core
    const cli = open()
    const { id } = cli.createArticle({ headline: 'من سطر الأوامر' })
    expect(app.getArticle(id).meta.headline).toBe('من سطر الأوامر')

    app.saveArticle({ id, baseVersion: 1, meta: { ...meta, headline: 'من التطبيق' }, body: doc(paragraph('تحرير')) })
    expect(await codeOf(() => cli.saveArticle({ id, baseVersion: 1, meta, body: doc(paragraph('قديم')) }))).toBe('stale_version')

    const fresh = cli.getArticle(id)
    expect(fresh.meta.headline).toBe('من التطبيق')
    cli.saveArticle({ id, baseVersion: fresh.version, meta: { ...meta, headline: 'من سطر الأوامر مجدداً' }, body: fresh.body })
    expect(app.getArticle(id)).toMatchObject({ version: 3, meta: { headline: 'من سطر الأوامر مجدداً' } })
  })

  it('a save waits for the other program’s write to finish instead of failing', async () => {
    const mine = core.createArticle({ headline: 'مقالي' })
    const theirs = core.createArticle({ headline: 'مقالهم' })

    // Another connection, on another thread, holds the write lock for a while.
    const worker = new Worker(
      `
      const { parentPort, workerData } = require('node:worker_threads')
      const Database = require(workerData.driver)
      const db = new Database(workerData.dbPath, { timeout: 5000 })
      db.exec('BEGIN IMMEDIATE')
      db.prepare('UPDATE articles SET headline = ?, version = version + 1 WHERE id = ?').run('عدّله سطر الأوامر', workerData.id)
      parentPort.postMessage('holding')
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 700)
      db.exec('COMMIT')
      db.close()
      `,
      { eval: true, workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), dbPath, id: theirs.id } }
    )
    const exited = new Promise((resolve) => worker.once('exit', resolve))
    await new Promise((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })

    const saved = core.saveArticle({ id: mine.id, baseVersion: 1, meta, body: doc(paragraph('حُفظ بعد انتظار')) })
    expect(saved.version).toBe(2)
    expect(core.getArticle(theirs.id)).toMatchObject({ version: 2, meta: { headline: 'عدّله سطر الأوامر' } })
    await exited
  })
})
