// The contract's document and profile operations, through the one dispatch every transport uses.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article/article'
import { dispatch } from '../../../shared/contract/dispatch'
import type { Result } from '../../../shared/contract/errors'
import { readContent, writeMeta } from '../../../shared/document/article-document'
import type { Person } from '../../../shared/people/person'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { handlerOptionsIn } from '../testing/handler-options'

let dir: string
let core: Core
let call: <T>(name: string, payload: unknown, locale?: 'ar' | 'en') => Promise<Result<T>>

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-document-ops-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  const handlers = createHandlers(core, handlerOptionsIn(dir))
  call = (name, payload, locale = 'ar') => dispatch(handlers, name, payload, { locale }) as never
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

describe('a window edits an article through its document', () => {
  it('opens the document, sends an edit, and the article reads it back', async () => {
    const article = valueOf(await call<Article>('createArticle', { meta: { headline: 'قبل' } }))
    const { state } = valueOf(await call<{ state: string }>('openArticleDocument', { id: article.id }))
    const window = new Y.Doc()
    Y.applyUpdateV2(window, Buffer.from(state, 'base64'))
    expect(readContent(window).meta.headline).toBe('قبل')

    const before = Y.encodeStateVector(window)
    writeMeta(window, { ...article.meta, headline: 'بعد' })
    const sent = await call<{ committedAt: string }>('sendArticleUpdate', { id: article.id, update: base64(Y.encodeStateAsUpdateV2(window, before)) })
    expect(valueOf(sent).committedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(valueOf(await call<Article>('getArticle', { id: article.id })).meta.headline).toBe('بعد')
  })

  it('refuses an edit that is not base64, or that does not decode, in the interface language, and the article stays', async () => {
    const article = valueOf(await call<Article>('createArticle', { meta: { headline: 'كما هو' } }))
    const notBase64 = await call('sendArticleUpdate', { id: article.id, update: 'not base64!' }, 'en')
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { field: 'update' } } })
    const garbage = await call('sendArticleUpdate', { id: article.id, update: base64(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7])) })
    expect(garbage).toMatchObject({ ok: false, error: { code: 'update_undecodable', message: expect.stringContaining('لا يمكن قراءته') } })
    const english = await call('sendArticleUpdate', { id: article.id, update: base64(new Uint8Array([9, 9, 9, 9])) }, 'en')
    expect(english).toMatchObject({ ok: false, error: { message: expect.stringContaining('cannot be read') } })
    expect(valueOf(await call<Article>('getArticle', { id: article.id }))).toEqual(article)
  })

  it('an edit for a deleted article is refused as not found', async () => {
    const article = valueOf(await call<Article>('createArticle', {}))
    const window = new Y.Doc()
    Y.applyUpdateV2(window, Buffer.from(valueOf(await call<{ state: string }>('openArticleDocument', { id: article.id })).state, 'base64'))
    valueOf(await call('deleteArticle', { id: article.id }))
    const before = Y.encodeStateVector(window)
    writeMeta(window, { ...article.meta, headline: 'بعد الحذف' })
    const sent = await call('sendArticleUpdate', { id: article.id, update: base64(Y.encodeStateAsUpdateV2(window, before)) })
    expect(sent).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('the profile through the contract', () => {
  it('is null until given, then the person with their colour', async () => {
    expect(valueOf(await call('getProfile', {}))).toBeNull()
    const saved = valueOf(await call<Person>('saveProfile', { name: 'رامي', role: 'editor' }))
    expect(saved).toMatchObject({ name: 'رامي', role: 'editor', colour: expect.stringMatching(/^#/) })
    expect(valueOf(await call('getProfile', {}))).toEqual(saved)
  })

  it('refuses a profile with no name or an unknown role', async () => {
    expect(await call('saveProfile', { name: '', role: 'editor' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await call('saveProfile', { name: 'رامي', role: 'owner' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(valueOf(await call('getProfile', {}))).toBeNull()
  })
})

describe('the history through the contract', () => {
  it('saves, lists, compares and restores revisions', async () => {
    const article = valueOf(await call<Article>('createArticle', { meta: { headline: 'الأولى' } }))
    const saved = valueOf(await call<{ id: string; label: string }>('saveRevision', { id: article.id, label: 'للمحرر' }))
    expect(saved.label).toBe('للمحرر')
    const current = valueOf(await call<Article>('getArticle', { id: article.id }))
    valueOf(await call('saveArticle', { id: article.id, baseVersion: current.version, meta: { ...current.meta, headline: 'الثانية' }, body: current.body }))
    const comparison = valueOf(await call<{ meta: unknown[]; to: string }>('compareRevisions', { id: article.id }))
    expect(comparison.to).toBe('now')
    expect(comparison.meta).toContainEqual({ field: 'headline', from: 'الأولى', to: 'الثانية' })
    valueOf(await call('restoreRevision', { id: article.id, revision: saved.id }))
    expect(valueOf(await call<Article>('getArticle', { id: article.id })).meta.headline).toBe('الأولى')
    const kinds = valueOf(await call<{ kind: string }[]>('listRevisions', { id: article.id })).map((revision) => revision.kind)
    expect(kinds).toEqual(['named', 'before_restore', 'restore'])
    expect(valueOf(await call('closeArticle', { id: article.id }))).toBeNull()
  })

  it('an unknown revision is refused in the interface language', async () => {
    const article = valueOf(await call<Article>('createArticle', {}))
    const refused = await call('restoreRevision', { id: article.id, revision: 'abcdef12' }, 'en')
    expect(refused).toMatchObject({ ok: false, error: { code: 'revision_not_found', message: 'This article has no revision “abcdef12”. Show its history to see the revisions’ ids.' } })
  })
})
