import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleBody, BodyNode } from '../../../shared/article/body'
import type { ArticleStatus } from '../../../shared/article/status'
import { openCore, type Core } from '../core'
import { failureOf } from '../testing/failure-of'

let dir: string
let dbPath: string
let core: Core

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-approval-'))
  dbPath = join(dir, 'midad.sqlite')
  core = openCore({ dbPath })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const paragraph = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const doc = (...texts: string[]): ArticleBody => ({ type: 'doc', content: texts.map(paragraph) })

/** An article with its text written and the given status chosen by an editor. */
function articleAt(status: ArticleStatus) {
  const created = core.createArticle({ kicker: 'عاجل', headline: 'الحكومة تقرّ الموازنة', dek: 'بعد جلسة طويلة', tags: ['موازنة'] }, doc('أقرّ مجلس الوزراء الموازنة.'))
  core.setArticleStatus(created.id, status)
  return core.getArticle(created.id)
}

describe('an approved text edited goes back to review', () => {
  it.each(['approved', 'published'] as const)('an article at %s whose body changes is in review, and the save says so', (status) => {
    const article = articleAt(status)
    const saved = core.saveArticle({ id: article.id, baseVersion: article.version, meta: article.meta, body: doc('أقرّ مجلس الوزراء الموازنة بعد تعديلها.') })

    expect(saved.statusChange).toEqual({ from: status, to: 'in_review', changedAt: saved.updatedAt, reason: 'edited_after_approval' })
    // Read back by any program (the CLI, a batch export): the approval is gone.
    expect(core.getArticle(article.id).status).toBe('in_review')
    expect(core.listArticles({ status })).toEqual([])
    expect(core.articleStatusHistory(article.id).at(-1)).toEqual(saved.statusChange)
  })

  it.each([
    ['headline', { headline: 'الحكومة تقرّ موازنة معدّلة' }],
    ['dek', { dek: 'بعد جلستين' }],
    ['kicker', { kicker: 'خاص' }]
  ] as const)('a change of the %s sends an approved article back to review', (_field, patch) => {
    const article = articleAt('approved')
    const saved = core.saveArticle({ id: article.id, baseVersion: article.version, meta: { ...article.meta, ...patch }, body: article.body })
    expect(saved.statusChange?.to).toBe('in_review')
    expect(core.getArticle(article.id).status).toBe('in_review')
  })

  it('tags, slug, SEO fields, section, bylines and dateline change without touching the approval', () => {
    const article = articleAt('approved')
    const meta = {
      ...article.meta,
      tags: ['موازنة', 'برلمان'],
      slug: 'budget-2027',
      slugIsCustom: true,
      seoTitle: 'الموازنة تُقَرّ',
      seoDescription: 'ما أقرّه مجلس الوزراء',
      section: 'اقتصاد',
      bylines: ['سلمى حدّاد'],
      dateline: 'عمّان'
    }
    const saved = core.saveArticle({ id: article.id, baseVersion: article.version, meta, body: article.body })
    expect(saved.statusChange).toBeUndefined()
    expect(core.getArticle(article.id)).toMatchObject({ status: 'approved', meta: { tags: ['موازنة', 'برلمان'] } })
  })

  it('a body stored with its keys in another order is not taken for an edit', () => {
    const article = articleAt('approved')
    const raw = new Database(dbPath)
    raw.prepare('UPDATE articles SET body_json = ? WHERE id = ?').run(
      JSON.stringify({ content: [{ content: [{ text: 'أقرّ مجلس الوزراء الموازنة.', type: 'text' }], type: 'paragraph' }], type: 'doc' }),
      article.id
    )
    raw.close()
    const saved = core.saveArticle({ id: article.id, baseVersion: article.version, meta: article.meta, body: article.body })
    expect(saved.statusChange).toBeUndefined()
    expect(core.getArticle(article.id).status).toBe('approved')
  })

  it('a draft or an article in review keeps its status when edited, and nothing is added to its history', () => {
    for (const status of ['draft', 'in_review'] as const) {
      const article = articleAt(status)
      const before = core.articleStatusHistory(article.id)
      const saved = core.saveArticle({ id: article.id, baseVersion: article.version, meta: { ...article.meta, headline: 'جديد' }, body: doc('نص آخر') })
      expect(saved.statusChange).toBeUndefined()
      expect(core.getArticle(article.id).status).toBe(status)
      expect(core.articleStatusHistory(article.id)).toEqual(before)
    }
  })

  it('a save refused as stale changes neither the text nor the status', async () => {
    const article = articleAt('approved')
    core.saveArticle({ id: article.id, baseVersion: article.version, meta: article.meta, body: article.body })
    const refused = await failureOf(() =>
      core.saveArticle({ id: article.id, baseVersion: article.version, meta: article.meta, body: doc('نص من نسخة قديمة') })
    )
    expect(refused.code).toBe('stale_version')
    expect(core.getArticle(article.id)).toMatchObject({ status: 'approved', body: article.body })
  })
})

describe('the status history', () => {
  it('records each status chosen, with its time, and the edit that undid an approval', () => {
    const created = core.createArticle({ headline: 'خبر' }, doc('نص'))
    expect(core.articleStatusHistory(created.id)).toEqual([])
    const before = new Date().toISOString()
    core.setArticleStatus(created.id, 'in_review')
    core.setArticleStatus(created.id, 'approved')
    // Choosing the status it already has is not a change.
    core.setArticleStatus(created.id, 'approved')
    const saved = core.saveArticle({ id: created.id, baseVersion: 1, meta: core.getArticle(created.id).meta, body: doc('نص معدّل') })

    const history = core.articleStatusHistory(created.id)
    expect(history.map(({ from, to, reason }) => [from, to, reason])).toEqual([
      ['draft', 'in_review', 'set'],
      ['in_review', 'approved', 'set'],
      ['approved', 'in_review', 'edited_after_approval']
    ])
    for (const change of history) expect(change.changedAt >= before).toBe(true)
    expect(history[2]!.changedAt).toBe(saved.updatedAt)
  })

  it('knows when the article was published, and nothing while it is not', () => {
    const article = articleAt('approved')
    expect(core.articlePublishedAt(article.id)).toBeNull()
    core.setArticleStatus(article.id, 'published')
    const publishedAt = core.articleStatusHistory(article.id).at(-1)!.changedAt
    expect(core.articlePublishedAt(article.id)).toBe(publishedAt)
    // Tags edited after publication leave the publication time alone.
    const saved = core.saveArticle({ id: article.id, baseVersion: article.version, meta: { ...article.meta, tags: ['جديد'] }, body: article.body })
    expect(saved.updatedAt > publishedAt).toBe(true)
    expect(core.articlePublishedAt(article.id)).toBe(publishedAt)
    core.setArticleStatus(article.id, 'approved')
    expect(core.articlePublishedAt(article.id)).toBeNull()
  })

  it('goes with the article when it is deleted, and an unknown article has none', async () => {
    const article = articleAt('approved')
    core.deleteArticle(article.id)
    expect((await failureOf(() => core.articleStatusHistory(article.id))).code).toBe('not_found')
    const raw = new Database(dbPath, { readonly: true })
    expect(raw.prepare('SELECT count(*) AS n FROM article_status_changes').get()).toEqual({ n: 0 })
    raw.close()
  })
})
