import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article/article'
import type { BodyNode } from '../../../shared/article/body'
import { dispatch } from '../../../shared/contract/dispatch'
import type { Result } from '../../../shared/contract/errors'
import type { Finding } from '../../../shared/prepublish/finding'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { paragraph } from './testing/check-fixtures'
import { handlerOptionsIn } from '../testing/handler-options'

// The check and the export guard through the contract, as the app and the
// browser host reach them, against a real SQLite file.
let dir: string
let core: Core
let askedForFolder: number
let call: (name: string, payload: unknown, locale?: 'ar' | 'en') => Promise<Result<unknown>>
const exportFolder = () => join(dir, 'exports', 'chosen')

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-prepublish-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  askedForFolder = 0
  const handlers = createHandlers(core, {
    ...handlerOptionsIn(dir),
    exportsFolderFor: () => {
      askedForFolder++
      return exportFolder()
    }
  })
  call = (name, payload, locale = 'en') => dispatch(handlers, name, payload, { locale })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

async function storedPicture(): Promise<string> {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1c5a8a' } }).png().toBuffer()
  return (await core.addImage('قاعة.png', png)).mediaId
}

/** An article with a picture lacking alt text (an error) and a Latin comma between Arabic words (a warning). */
async function articleWithMissingAlt(): Promise<{ article: Article; figure: BodyNode }> {
  const figure = { type: 'figure', attrs: { mediaId: await storedPicture(), alt: '', caption: 'الوفود في القاعة', credit: 'رويترز', width: 40, height: 30 } }
  const article = core.createArticle(
    { headline: 'قمة المناخ', section: 'أخبار العالم', bylines: ['سارة خليل'] },
    { type: 'doc', content: [paragraph('افتتحت القمة, وسط حضور كبير.'), figure] }
  )
  return { article, figure }
}

const rules = (result: Result<unknown>) => (result.ok ? (result.value as Finding[]).map((f) => `${f.severity}:${f.rule}`) : result.error.code)

describe('checkArticle through the contract', () => {
  it('returns the stored article’s findings, errors first', async () => {
    const { article } = await articleWithMissingAlt()
    const result = await call('checkArticle', { id: article.id })
    expect(rules(result)).toEqual(['error:figure_alt_missing', 'warning:lead_image_missing', 'warning:latin_punctuation'])
    expect(result.ok && (result.value as Finding[])[0]!.location).toEqual({ kind: 'body', path: [1], excerpt: 'الوفود في القاعة', part: 'alt' })
    // The comma itself, by its offset in the paragraph, for the editor to select.
    expect(result.ok && (result.value as Finding[])[2]!.location).toEqual({ kind: 'body', path: [0], excerpt: 'افتتحت القمة, وسط حضور كبير.', range: { from: 12, to: 13 } })
  })

  it('warns about an article with no byline and no section, at their fields', async () => {
    const article = core.createArticle({ headline: 'قمة المناخ', section: '', bylines: ['  '] }, { type: 'doc', content: [paragraph('افتتحت القمة أعمالها.')] })
    const result = await call('checkArticle', { id: article.id })
    expect(rules(result)).toEqual(['warning:section_missing', 'warning:byline_missing', 'warning:lead_image_missing'])
    expect(result.ok && (result.value as Finding[]).slice(0, 2).map((f) => f.location)).toEqual([
      { kind: 'meta', field: 'section' },
      { kind: 'meta', field: 'bylines' }
    ])
  })

  it('sees a link to an article deleted from the library', async () => {
    const linked = core.createArticle({ headline: 'خبر سابق' })
    const link = { type: 'link', attrs: { href: `midad:article/${linked.id}` } }
    const article = core.createArticle({ headline: 'متابعة' }, { type: 'doc', content: [paragraph('كما ', { type: 'text', text: 'ذكرنا', marks: [link] })] })
    expect(rules(await call('checkArticle', { id: article.id }))).not.toContain('error:article_link_missing')
    core.deleteArticle(linked.id)
    expect(rules(await call('checkArticle', { id: article.id }))).toContain('error:article_link_missing')
  })

  it('follows the newsroom’s headline target', async () => {
    const article = core.createArticle({ headline: 'قمة المناخ تنتهي باتفاق تاريخي' })
    expect(rules(await call('checkArticle', { id: article.id }))).not.toContain('warning:headline_over_target')
    core.saveSettings({ ...core.getSettings(), headlineTarget: 20 })
    expect(rules(await call('checkArticle', { id: article.id }))).toContain('warning:headline_over_target')
  })

  it('refuses a malformed id or an unknown article with a translated message', async () => {
    expect(await call('checkArticle', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const missing = await call('checkArticle', { id: '00000000-0000-4000-8000-000000000000' }, 'ar')
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: 'المقال غير موجود؛ ربما حُذف.' } })
  })
})

describe('export for publishing is blocked by errors', () => {
  it('refuses with the number of errors, asks for no folder and writes nothing', async () => {
    const { article } = await articleWithMissingAlt()
    const refused = await call('exportArticle', { id: article.id })
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'export_blocked_by_check',
        message:
          'The article was not exported for publishing: it has 1 error to fix first; see the “Pre-publish check” panel. Warnings do not block export. Nothing was written.',
        params: { errors: 1 }
      }
    })
    const arabic = await call('exportArticle', { id: article.id }, 'ar')
    expect(arabic.ok ? '' : arabic.error.message).toMatch(/^لم يُصدَّر المقال للنشر: فيه خطأ واحد يجب إصلاحه أولًا/)
    expect(askedForFolder).toBe(0)
    expect(existsSync(join(dir, 'exports'))).toBe(false)
    // core's own export (the CLI's way in) refuses the same way.
    await expect(core.exportArticle(article.id, exportFolder())).rejects.toMatchObject({ code: 'export_blocked_by_check' })
    expect(existsSync(join(dir, 'exports'))).toBe(false)
  })

  it('counts every error in the message', async () => {
    const article = core.createArticle({ headline: '' }, { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 } }, { type: 'figure', attrs: { mediaId: null } }] })
    const refused = await call('exportArticle', { id: article.id }, 'ar')
    expect(refused.ok ? '' : refused.error.message).toContain('فيه 4 أخطاء يجب إصلاحها')
  })

  it('exports once the errors are fixed, though warnings remain', async () => {
    const { article, figure } = await articleWithMissingAlt()
    const fixed = { ...figure, attrs: { ...figure.attrs, alt: 'مندوبون في قاعة القمة' } }
    core.saveArticle({ id: article.id, baseVersion: article.version, meta: article.meta, body: { type: 'doc', content: [article.body.content![0]!, fixed] } })
    expect(rules(await call('checkArticle', { id: article.id }))).toEqual(['warning:lead_image_missing', 'warning:latin_punctuation'])
    const exported = await call('exportArticle', { id: article.id })
    expect(exported).toMatchObject({ ok: true, value: { folder: join(exportFolder(), article.id) } })
    expect(readFileSync(join(exportFolder(), article.id, 'index.html'), 'utf8')).toContain('alt="مندوبون في قاعة القمة"')
  })
})
