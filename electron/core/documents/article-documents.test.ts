import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleBody, BodyNode } from '../../../shared/article/body'
import { emptyMeta } from '../../../shared/article/meta'
import { readContent, writeBody, writeMeta } from '../../../shared/document/article-document'
import { openCore, type Core } from '../core'
import { failureOf } from '../testing/failure-of'
import { bodyNode } from './document-from-article'
import { COMPACT_AFTER_UPDATES } from './document-store'

let dir: string
let dbPath: string
const opened: Core[] = []

const open = (): Core => {
  const core = openCore({ dbPath, projectionIdleMs: 20 })
  opened.push(core)
  return core
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-documents-'))
  dbPath = join(dir, 'midad.sqlite')
})
afterEach(() => {
  for (const core of opened.splice(0)) core.close()
  rmSync(dir, { recursive: true, force: true })
})

const paragraph = (t: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })
const body = (...texts: string[]): ArticleBody => ({ type: 'doc', content: texts.map(paragraph) })
/** The words of each paragraph, as a reader would see them. */
const paragraphs = (b: ArticleBody): string[] => (b.content ?? []).map((node) => (node.content ?? []).map((child) => child.text ?? '').join(''))

/** A window's copy of the article, from the state core hands out. */
function replica(core: Core, id: string): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdateV2(doc, core.openArticleDocument(id))
  return doc
}

/** What a replica sends for one edit made in it. */
function edit(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc)
  change(doc)
  return Y.encodeStateAsUpdateV2(doc, before)
}

const table = (sql: string) => {
  const db = new Database(dbPath, { readonly: true })
  try {
    return db.prepare(sql).all() as Record<string, unknown>[]
  } finally {
    db.close()
  }
}

describe('an article kept as a document', () => {
  it('a new article is a document at once, converted on this device', () => {
    const core = open()
    const article = core.createArticle({ headline: 'خبر جديد' }, body('الفقرة الأولى.'))
    const [row] = table('SELECT article_id, converted_on FROM article_documents')
    const [device] = table('SELECT device_id FROM this_device')
    expect(row).toEqual({ article_id: article.id, converted_on: device!.device_id })
    expect(readContent(replica(core, article.id)).meta.headline).toBe('خبر جديد')
  })

  it('an edit sent by a window is committed, read back by everything that reads the article, and kept across a restart', () => {
    const core = open()
    const article = core.createArticle({ headline: 'الحكومة تقر الموازنة' }, body('أولى.'))
    const window = replica(core, article.id)
    core.applyArticleUpdate(article.id, edit(window, (doc) => writeBody(doc, bodyNode(body('أولى، ثم ما أضافته الصحفية.')))))
    core.applyArticleUpdate(article.id, edit(window, (doc) => writeMeta(doc, { ...article.meta, headline: 'الحكومة تقر الموازنة الجديدة' })))

    const read = core.getArticle(article.id)
    expect(read.meta.headline).toBe('الحكومة تقر الموازنة الجديدة')
    expect(paragraphs(read.body)).toEqual(['أولى، ثم ما أضافته الصحفية.'])
    expect(read.version).toBeGreaterThan(article.version)
    expect(read.wordCount).toBe(5)
    expect(core.listArticles()[0]!.headline).toBe('الحكومة تقر الموازنة الجديدة')

    core.close()
    const again = open()
    expect(readContent(replica(again, article.id))).toEqual(readContent(window))
  })

  it('two desks editing different paragraphs and the headline at once both keep their words', () => {
    const core = open()
    const article = core.createArticle({ headline: 'الحكومة تقر الموازنة' }, body('أولى.', 'ثانية.'))
    const journalist = replica(core, article.id)
    const editor = replica(core, article.id)
    const fromJournalist = edit(journalist, (doc) => {
      writeBody(doc, bodyNode(body('أولى، كما كتبتها الصحفية.', 'ثانية.')))
      writeMeta(doc, { ...article.meta, headline: 'الحكومة تقر الموازنة الجديدة' })
    })
    const fromEditor = edit(editor, (doc) => {
      writeBody(doc, bodyNode(body('أولى.', 'ثانية، كما صححها المحرر.')))
      writeMeta(doc, { ...article.meta, headline: 'عاجل: الحكومة تقر الموازنة' })
    })
    core.applyArticleUpdate(article.id, fromEditor)
    core.applyArticleUpdate(article.id, fromJournalist)

    const merged = core.getArticle(article.id)
    expect(paragraphs(merged.body)).toEqual(['أولى، كما كتبتها الصحفية.', 'ثانية، كما صححها المحرر.'])
    expect(merged.meta.headline).toBe('عاجل: الحكومة تقر الموازنة الجديدة')
  })

  it('the row follows the document by itself once the article rests', async () => {
    const core = open()
    const article = core.createArticle({}, body('قبل.'))
    const window = replica(core, article.id)
    core.applyArticleUpdate(article.id, edit(window, (doc) => writeBody(doc, bodyNode(body('بعد الاستراحة.')))))
    await expect.poll(() => table('SELECT plain_text FROM articles')[0]!.plain_text).toBe('بعد الاستراحة.')
  })

  it('an edit made by another program on the same file (the CLI beside the app) is seen at the next read', () => {
    const app = open()
    const article = app.createArticle({ headline: 'من التطبيق' }, body('نص.'))
    expect(readContent(replica(app, article.id)).meta.headline).toBe('من التطبيق')
    const cli = open()
    const current = cli.getArticle(article.id)
    cli.saveArticle({ id: article.id, baseVersion: current.version, meta: { ...current.meta, headline: 'من سطر الأوامر' }, body: current.body })
    expect(readContent(replica(app, article.id)).meta.headline).toBe('من سطر الأوامر')
  })

  it('a whole draft is written as an edit of the document, and a stale one changes nothing', async () => {
    const core = open()
    const article = core.createArticle({ headline: 'أ' }, body('نص.'))
    const saved = core.saveArticle({ id: article.id, baseVersion: article.version, meta: { ...article.meta, headline: 'ب' }, body: body('نص معدل.') })
    expect(readContent(replica(core, article.id)).meta.headline).toBe('ب')
    expect(paragraphs(readContent(replica(core, article.id)).body)).toEqual(['نص معدل.'])
    const stale = await failureOf(() => core.saveArticle({ id: article.id, baseVersion: article.version, meta: { ...article.meta, headline: 'ج' }, body: body('قديم.') }))
    expect(stale.code).toBe('stale_version')
    expect(core.getArticle(article.id)).toMatchObject({ version: saved.version, meta: { headline: 'ب' } })
    expect(readContent(replica(core, article.id)).meta.headline).toBe('ب')
  })

  it('folds many small edits into the stored state, keeping every word', () => {
    const core = open()
    const article = core.createArticle({}, { type: 'doc', content: [{ type: 'paragraph' }] })
    const window = replica(core, article.id)
    let typed = ''
    for (let i = 0; i < COMPACT_AFTER_UPDATES + 20; i++) {
      typed += 'ك'
      core.applyArticleUpdate(article.id, edit(window, (doc) => writeMeta(doc, { ...emptyMeta, headline: typed })))
    }
    expect(table('SELECT count(*) AS n FROM article_updates')[0]!.n).toBeLessThan(COMPACT_AFTER_UPDATES)
    core.close()
    expect(readContent(replica(open(), article.id)).meta.headline).toBe(typed)
  })
})

describe('what the document store refuses', () => {
  it('an edit that does not decode gets a clear refusal and changes nothing', async () => {
    const core = open()
    const article = core.createArticle({ headline: 'كما هو' }, body('نص.'))
    const before = core.openArticleDocument(article.id)
    for (const garbage of [new Uint8Array([1, 2, 3, 250, 251]), new TextEncoder().encode('<script>alert(1)</script>'), new Uint8Array(0)]) {
      const failure = await failureOf(() => core.applyArticleUpdate(article.id, garbage))
      expect(failure.code).toBe('update_undecodable')
    }
    expect(table('SELECT count(*) AS n FROM article_updates')[0]!.n).toBe(0)
    expect(core.openArticleDocument(article.id)).toEqual(before)
    expect(core.getArticle(article.id).meta.headline).toBe('كما هو')
  })

  it('an edit without the earlier edits it builds on is refused, not stored invisible', async () => {
    const core = open()
    const article = core.createArticle({}, body('أساس.'))
    const window = replica(core, article.id)
    edit(window, (doc) => writeBody(doc, bodyNode(body('أساس، أولى.'))))
    const second = edit(window, (doc) => writeBody(doc, bodyNode(body('أساس، أولى، ثانية.'))))
    expect((await failureOf(() => core.applyArticleUpdate(article.id, second))).code).toBe('update_incomplete')
    expect(table('SELECT count(*) AS n FROM article_updates')[0]!.n).toBe(0)
    expect(paragraphs(core.getArticle(article.id).body)).toEqual(['أساس.'])
  })

  it('an edit for an article that does not exist is refused as not found', async () => {
    const core = open()
    const stray = edit(new Y.Doc(), (doc) => writeMeta(doc, { ...emptyMeta, headline: 'ضائع' }))
    expect((await failureOf(() => core.applyArticleUpdate('5b0c1a36-0a7e-4d43-9b8a-3f2f0f4f0c11', stray))).code).toBe('not_found')
  })
})

describe('converting the articles written before documents', () => {
  /** An article as an older Midad stored it: a row and no document. */
  function olderArticle(core: Core): string {
    const article = core.createArticle({ headline: 'مقال قديم' }, body('نص قديم.'))
    const db = new Database(dbPath)
    db.prepare('DELETE FROM article_documents').run()
    db.close()
    return article.id
  }

  it('happens once, the first time the article is opened, and a second conversion is refused', async () => {
    const first = open()
    const id = olderArticle(first)
    first.close()
    const core = open()
    expect(table('SELECT count(*) AS n FROM article_documents')[0]!.n).toBe(0)
    expect(readContent(replica(core, id)).meta.headline).toBe('مقال قديم')
    expect(paragraphs(readContent(replica(core, id)).body)).toEqual(['نص قديم.'])
    expect(table('SELECT count(*) AS n FROM article_documents')[0]!.n).toBe(1)

    // Opening again, from this program or another one, reads the same document: it is never made twice.
    const other = open()
    const fromOther = replica(other, id)
    const fromHere = replica(core, id)
    Y.applyUpdateV2(fromHere, Y.encodeStateAsUpdateV2(fromOther))
    expect(paragraphs(readContent(fromHere).body)).toEqual(['نص قديم.'])

    const db = new Database(dbPath)
    const { createDocumentStore } = await import('./document-store')
    const again = await failureOf(() => createDocumentStore(db).convert(id, () => new Y.Doc(), 'another-device'))
    db.close()
    expect(again.code).toBe('already_converted')
  })
})

describe('the row never lags behind a committed edit', () => {
  it('another program reading the article first writes the row from the document, and a whole draft on the old version is refused', async () => {
    const app = openCore({ dbPath, projectionIdleMs: 60_000 })
    opened.push(app)
    const article = app.createArticle({ headline: 'قبل' }, body('نص.'))
    const window = replica(app, article.id)
    app.applyArticleUpdate(article.id, edit(window, (doc) => writeBody(doc, bodyNode(body('نص كتبته النافذة ولم يُكتب في الصف بعد.')))))
    // As if the app were killed now: its pending row write never happens.
    const cli = open()
    expect(paragraphs(cli.getArticle(article.id).body)).toEqual(['نص كتبته النافذة ولم يُكتب في الصف بعد.'])
    const stale = await failureOf(() => cli.saveArticle({ id: article.id, baseVersion: article.version, meta: article.meta, body: body('نسخة قديمة.') }))
    expect(stale.code).toBe('stale_version')
    expect(table('SELECT article_id FROM article_rows_behind')).toEqual([])
  })

  it('an edit of an approved article sends it back to review at once, and says so in the answer', () => {
    const core = open()
    const article = core.createArticle({ headline: 'خبر' }, body('نص معتمد.'))
    core.setArticleStatus(article.id, 'approved')
    const window = replica(core, article.id)
    const answer = core.applyArticleUpdate(article.id, edit(window, (doc) => writeBody(doc, bodyNode(body('نص معتمد، ثم عُدّل.')))))
    expect(answer.statusChange).toMatchObject({ from: 'approved', to: 'in_review', reason: 'edited_after_approval' })
    expect(core.getArticle(article.id).status).toBe('in_review')
  })
})
