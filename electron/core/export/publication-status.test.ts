import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleBody } from '../../../shared/article/body'
import { dispatch } from '../../../shared/contract/dispatch'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { handlerOptionsIn } from '../testing/handler-options'
import { failureOf } from '../testing/failure-of'

// What the exported page says about publication, from the article's status
// history in a real database: the date it went out, or that it is a draft.
let dir: string
let dbPath: string
let core: Core

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-publication-'))
  dbPath = join(dir, 'midad.sqlite')
  core = openCore({ dbPath })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const body: ArticleBody = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'افتُتح المعرض صباح اليوم.' }] }] }
const jsonLd = (page: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!) as Record<string, unknown>
const metaContent = (page: string, key: string) => [...page.matchAll(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`, 'g'))].map((m) => m[1])

/** Backdates the article's creation, as a story drafted days before it runs. */
function draftedOn(id: string, createdAt: string): void {
  const raw = new Database(dbPath)
  raw.prepare('UPDATE articles SET created_at = ? WHERE id = ?').run(createdAt, id)
  raw.close()
}

async function exportedPage(id: string, folder: string, draft?: boolean): Promise<string> {
  const { folder: written } = await core.exportArticle(id, join(dir, folder), undefined, { draft })
  return readFileSync(join(written, 'index.html'), 'utf8')
}

describe('the dates of an exported article', () => {
  it('a published article is dated when it was published, not when it was drafted', async () => {
    const article = core.createArticle({ headline: 'معرض الكتاب يفتح أبوابه' }, body)
    draftedOn(article.id, '2026-01-10T08:00:00.000Z')
    core.setArticleStatus(article.id, 'approved')
    core.setArticleStatus(article.id, 'published')
    const publishedAt = core.articlePublishedAt(article.id)!
    expect(publishedAt.startsWith('2026-01-10')).toBe(false)

    const page = await exportedPage(article.id, 'published')
    expect(jsonLd(page).datePublished).toBe(publishedAt)
    expect(metaContent(page, 'article:published_time')).toEqual([publishedAt])
    expect(page).toContain(`<time datetime="${publishedAt}">`)
    expect(metaContent(page, 'robots')).toEqual(['max-image-preview:large'])
  })

  it('an approved article not yet published is exported as a draft: noindex and no publish date', async () => {
    const article = core.createArticle({ headline: 'معرض الكتاب يفتح أبوابه' }, body)
    core.setArticleStatus(article.id, 'approved')
    const page = await exportedPage(article.id, 'approved')
    expect(metaContent(page, 'robots')).toEqual(['noindex'])
    expect(jsonLd(page)).not.toHaveProperty('datePublished')
    expect(metaContent(page, 'article:published_time')).toEqual([])
    expect(page).toContain('<p class="draft-mark">مسودة لم تُنشر</p>')
  })

  it('an article published before the status history began is dated by its last edit', async () => {
    const article = core.createArticle({ headline: 'قديم' }, body)
    const raw = new Database(dbPath)
    raw.prepare("UPDATE articles SET status = 'published', updated_at = '2025-05-01T09:00:00.000Z' WHERE id = ?").run(article.id)
    raw.close()
    expect(jsonLd(await exportedPage(article.id, 'legacy')).datePublished).toBe('2025-05-01T09:00:00.000Z')
  })
})

describe('a draft export', () => {
  const withErrors = () =>
    // A figure without its picture is an error of the pre-publish check.
    core.createArticle({ headline: 'مسودة فيها أخطاء' }, { type: 'doc', content: [...body.content!, { type: 'figure', attrs: { mediaId: null, alt: '', caption: '', credit: '' } }] })

  it('is written even while the check finds errors, marked as a draft; the export for publishing is still refused', async () => {
    const article = withErrors()
    expect((await failureOf(() => core.exportArticle(article.id, join(dir, 'refused')))).code).toBe('export_blocked_by_check')
    expect(existsSync(join(dir, 'refused'))).toBe(false)

    const page = await exportedPage(article.id, 'draft', true)
    expect(metaContent(page, 'robots')).toEqual(['noindex'])
    expect(page).toContain('<p class="draft-mark">مسودة لم تُنشر</p>')
    const ninjs = JSON.parse(readFileSync(join(dir, 'draft', 'ninjs.json'), 'utf8')) as Record<string, unknown>
    expect(ninjs.pubStatus).toBe('withheld')
  })

  it('of a published article has no publish date either', async () => {
    const article = core.createArticle({ headline: 'منشور' }, body)
    core.setArticleStatus(article.id, 'published')
    const page = await exportedPage(article.id, 'published-draft', true)
    expect(jsonLd(page)).not.toHaveProperty('datePublished')
    expect(metaContent(page, 'robots')).toEqual(['noindex'])
  })

  it('goes through the contract, where the export for publishing is refused', async () => {
    const article = withErrors()
    const handlers = createHandlers(core, handlerOptionsIn(dir))
    const refused = await dispatch(handlers, 'exportArticle', { id: article.id }, { locale: 'en' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'export_blocked_by_check' } })
    const drafted = await dispatch(handlers, 'exportArticle', { id: article.id, draft: true }, { locale: 'en' })
    expect(drafted).toMatchObject({ ok: true, value: { folder: join(dir, 'exports', article.id) } })
    expect(readFileSync(join(dir, 'exports', article.id, 'index.html'), 'utf8')).toContain('<meta name="robots" content="noindex">')
  })
})
