import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleBody, BodyNode } from '../../../shared/article/body'
import { writeBody } from '../../../shared/document/article-document'
import { openCore, type Core, type CoreOptions } from '../core'
import { bodyNode } from '../documents/document-from-article'
import { failureOf } from '../testing/failure-of'

let dir: string
let core: Core
let now: number

const open = (options: Partial<CoreOptions> = {}) => openCore({ dbPath: join(dir, 'midad.sqlite'), ...options })

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-revisions-'))
  now = Date.parse('2026-12-03T09:00:00.000Z')
  core = open({ revisions: { everyActiveMs: 10 * 60_000, idleAfterMs: 60_000, clock: () => now } })
  core.saveProfile({ name: 'سارة القاسم', role: 'journalist' })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const paragraph = (t: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })
const body = (...texts: string[]): ArticleBody => ({ type: 'doc', content: texts.map(paragraph) })
const words = (b: ArticleBody) => (b.content ?? []).map((node) => (node.content ?? []).map((child) => child.text).join(''))

function write(id: string, ...texts: string[]) {
  const article = core.getArticle(id)
  core.saveArticle({ id, baseVersion: article.version, meta: article.meta, body: body(...texts) })
}

describe('recording revisions', () => {
  it('saved by hand with a label, listed with who made it, its kind and the words it changed', () => {
    const article = core.createArticle({ headline: 'الموازنة' }, body('الحكومة تقر الموازنة.'))
    core.saveRevision(article.id, '  أُرسل إلى المحرر ')
    write(article.id, 'الحكومة تقر الموازنة الجديدة اليوم.')
    core.saveRevision(article.id)
    const history = core.articleHistory(article.id)
    expect(history.map((revision) => [revision.kind, revision.label, revision.wordsAdded, revision.wordsRemoved])).toEqual([
      ['named', 'أُرسل إلى المحرر', 3, 0],
      ['named', '', 2, 0]
    ])
    expect(history[0]!.author).toMatchObject({ name: 'سارة القاسم', role: 'journalist' })
    expect(history[0]!.status).toBe('draft')
  })

  it('a closing revision of unchanged words is not recorded twice', () => {
    const article = core.createArticle({}, body('نص.'))
    expect(core.closeArticle(article.id)).not.toBeNull()
    expect(core.closeArticle(article.id)).toBeNull()
    write(article.id, 'نص معدل.')
    expect(core.closeArticle(article.id)).not.toBeNull()
    expect(core.articleHistory(article.id).map((revision) => revision.kind)).toEqual(['closed', 'closed'])
  })

  it('every status change is a revision, and an approval names the revision it approved', () => {
    const article = core.createArticle({ headline: 'خبر' }, body('نص.'))
    core.setArticleStatus(article.id, 'in_review')
    core.setArticleStatus(article.id, 'in_review')
    core.setArticleStatus(article.id, 'approved')
    const history = core.articleHistory(article.id)
    expect(history.map((revision) => [revision.kind, revision.label, revision.status])).toEqual([
      ['status', 'in_review', 'in_review'],
      ['status', 'approved', 'approved']
    ])
  })

  it('an import is the first revision of the article it made', async () => {
    const imported = await core.importArticle('تقرير.txt', new TextEncoder().encode('عنوان التقرير\n\nنص التقرير.'))
    expect(core.articleHistory(imported.id).map((revision) => revision.kind)).toEqual(['import'])
  })

  it('every ten minutes of editing is a timed revision; a pause does not count as editing', () => {
    const article = core.createArticle({}, { type: 'doc', content: [{ type: 'paragraph' }] })
    const window = new Y.Doc()
    Y.applyUpdateV2(window, core.openArticleDocument(article.id))
    let typed = ''
    const typeFor = (minutes: number) => {
      for (let i = 0; i < minutes * 2; i++) {
        now += 30_000
        typed += 'ك'
        const before = Y.encodeStateVector(window)
        writeBody(window, bodyNode(body(typed)))
        core.applyArticleUpdate(article.id, Y.encodeStateAsUpdateV2(window, before))
      }
    }
    typeFor(6)
    now += 3 * 60 * 60_000 // lunch
    typeFor(3)
    expect(core.articleHistory(article.id)).toHaveLength(0)
    typeFor(2)
    expect(core.articleHistory(article.id).map((revision) => revision.kind)).toEqual(['timed'])
  })
})

describe('comparing and restoring', () => {
  it('compares the last revision with now by default, word by word', () => {
    const article = core.createArticle({ headline: 'قبل' }, body('قال الرئيس إن الاتفاق قريب.'))
    core.saveRevision(article.id)
    write(article.id, 'قال الرئيس إن الاتفاق بات قريبا.')
    const comparison = core.compareRevisions(article.id)
    expect(comparison.to).toBe('now')
    expect(comparison.blocks[0]!.spans.filter((span) => span.op !== 'equal').map((span) => [span.op, span.text.trim()])).toEqual([
      ['delete', 'قريب'],
      ['insert', 'بات قريبا']
    ])
  })

  it("compares with now as the window left it, its last edit still waiting to be written into the row", () => {
    const article = core.createArticle({ headline: 'قبل' }, body('قال الرئيس إن الاتفاق قريب.'))
    core.saveRevision(article.id)
    const window = new Y.Doc()
    Y.applyUpdateV2(window, core.openArticleDocument(article.id))
    const before = Y.encodeStateVector(window)
    writeBody(window, bodyNode(body('قال الرئيس إن الاتفاق وشيك.')))
    core.applyArticleUpdate(article.id, Y.encodeStateAsUpdateV2(window, before))
    // At once, inside the second the row waits for the article to rest.
    const changed = core.compareRevisions(article.id).blocks[0]!.spans.filter((span) => span.op !== 'equal')
    expect(changed.map((span) => [span.op, span.text.trim()])).toEqual([
      ['delete', 'قريب'],
      ['insert', 'وشيك']
    ])
  })

  it('a restore brings the old words back as a new edit, keeps what stood before as a revision, and can itself be undone', () => {
    const article = core.createArticle({ headline: 'خبر' }, body('النص الأول.'))
    const first = core.saveRevision(article.id, 'الأولى')
    write(article.id, 'نص كتبه المحرر خطأ.')
    const versionBefore = core.getArticle(article.id).version

    const restored = core.restoreRevision(article.id, first.id.slice(0, 8))
    expect(restored.kind).toBe('restore')
    expect(words(core.getArticle(article.id).body)).toEqual(['النص الأول.'])
    expect(core.getArticle(article.id).version).toBeGreaterThan(versionBefore)
    const history = core.articleHistory(article.id)
    expect(history.map((revision) => revision.kind)).toEqual(['named', 'before_restore', 'restore'])

    core.restoreRevision(article.id, history[1]!.id)
    expect(words(core.getArticle(article.id).body)).toEqual(['نص كتبه المحرر خطأ.'])
    // The present was the last revision already: nothing is kept twice.
    expect(core.articleHistory(article.id).map((revision) => revision.kind)).toEqual(['named', 'before_restore', 'restore', 'restore'])
  })

  it('a revision that does not exist, or a restore onto a deleted article, gets a clear refusal and changes nothing', async () => {
    const article = core.createArticle({}, body('باق كما هو.'))
    const saved = core.saveRevision(article.id)
    for (const ref of ['00000000', 'zz', '', saved.id.slice(0, 3)]) {
      expect((await failureOf(() => core.restoreRevision(article.id, ref))).code).toBe('revision_not_found')
      expect((await failureOf(() => core.compareRevisions(article.id, ref))).code).toBe('revision_not_found')
    }
    expect(words(core.getArticle(article.id).body)).toEqual(['باق كما هو.'])
    expect(core.articleHistory(article.id)).toHaveLength(1)

    core.deleteArticle(article.id)
    expect((await failureOf(() => core.restoreRevision(article.id, saved.id))).code).toBe('not_found')
    expect((await failureOf(() => core.articleHistory(article.id))).code).toBe('not_found')
  })
})
