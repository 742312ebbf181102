import { describe, expect, it, vi } from 'vitest'
import { dispatch } from './dispatch'
import { MidadError } from './errors'
import type { Handlers } from './api'
import { emptyMeta } from '../article/meta'

const id = '0b6f1a52-3f1e-4d5c-9a8b-1c2d3e4f5a6b'
const article = {
  id,
  meta: { ...emptyMeta, headline: 'عنوان' },
  body: { type: 'doc' as const, content: [{ type: 'paragraph' }] },
  status: 'draft' as const,
  version: 1,
  wordCount: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = () => {
    throw new Error('handler should not run')
  }
  return {
    listArticles: fail,
    createArticle: fail,
    getArticle: fail,
    saveArticle: fail,
    deleteArticle: fail,
    addImage: fail,
    checkArticle: fail,
    exportArticle: fail,
    importArticle: fail,
    listSections: fail,
    saveSections: fail,
    getSettings: fail,
    saveSettings: fail,
    ...overrides
  } as Handlers
}

describe('dispatch', () => {
  it('runs a valid call and returns its value', async () => {
    const result = await dispatch(handlers({ getArticle: () => article }), 'getArticle', { id }, { locale: 'ar' })
    expect(result).toEqual({ ok: true, value: article })
  })

  it('hands the handler an article id written in capitals in lower case, as it is stored', async () => {
    const get = vi.fn((_input: unknown) => article)
    const result = await dispatch(handlers({ getArticle: get }), 'getArticle', { id: id.toUpperCase() }, { locale: 'ar' })
    expect(result).toEqual({ ok: true, value: article })
    expect(get.mock.calls[0]?.[0]).toEqual({ id })
  })

  it('refuses an unknown operation without running anything', async () => {
    const result = await dispatch(handlers(), 'dropDatabase', {}, { locale: 'en' })
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } })
  })

  it('refuses malformed payloads with a readable message, never reaching the handler', async () => {
    const save = vi.fn()
    const h = handlers({ saveArticle: save })
    const bad: unknown[] = [
      null,
      'text',
      { id: 'not-a-uuid', baseVersion: 1, meta: article.meta, body: article.body },
      { id, baseVersion: '1', meta: article.meta, body: article.body },
      { id, baseVersion: 1, meta: { ...article.meta, headline: 42 }, body: article.body },
      { id, baseVersion: 1, meta: article.meta, body: { type: 'html', content: [] } },
      { id, baseVersion: 1, meta: article.meta, body: article.body, extra: true }
    ]
    for (const payload of bad) {
      const result = await dispatch(h, 'saveArticle', payload, { locale: 'en' })
      expect(result.ok, JSON.stringify(payload)).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input')
        expect(result.error.message).toMatch(/not valid/)
      }
    }
    expect(save).not.toHaveBeenCalled()
  })

  it('refuses a body nested deeper than validation can go as invalid_input, never throwing', async () => {
    const save = vi.fn()
    let body: unknown = { type: 'paragraph' }
    for (let depth = 0; depth < 100_000; depth++) body = { type: 'doc', content: [body] }
    const result = await dispatch(handlers({ saveArticle: save }), 'saveArticle', { id, baseVersion: 1, meta: article.meta, body }, { locale: 'en' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(save).not.toHaveBeenCalled()
  })

  it('names the offending field, including an unexpected one', async () => {
    const h = handlers()
    const typo = await dispatch(h, 'getArticle', { id, sneaky: 1 }, { locale: 'en' })
    expect(typo.ok ? '' : typo.error.message).toContain('sneaky')
    const wrong = await dispatch(h, 'getArticle', { id: 7 }, { locale: 'en' })
    expect(wrong.ok ? '' : wrong.error.message).toContain('id')
  })

  it('turns a MidadError into a translated typed failure', async () => {
    const result = await dispatch(
      handlers({ getArticle: () => { throw new MidadError('not_found') } }),
      'getArticle',
      { id },
      { locale: 'ar' }
    )
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'المقال غير موجود؛ ربما حُذف.' } })
  })

  it('hides unexpected errors behind a readable message and reports them', async () => {
    const seen: unknown[] = []
    const result = await dispatch(
      handlers({ listArticles: () => { throw new TypeError('boom at line 3') } }),
      'listArticles',
      {},
      { locale: 'en', onUnexpected: (e) => seen.push(e) }
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('internal')
      expect(result.error.message).not.toMatch(/boom|line 3/)
    }
    expect(seen).toHaveLength(1)
  })
})
