// searchArticles through dispatch, as the app and the host call it: the contract's answer and its refusals.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../shared/contract/dispatch'
import { contract } from '../../../shared/contract/operations'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { handlerOptionsIn } from '../testing/handler-options'

let dir: string
let core: Core
let id: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-search-handlers-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  id = core.createArticle({ headline: 'افتتاح المكتبة العامة', section: 'ثقافة' }, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'فتحت المكتبة أبوابها للقراء.' }] }] }).id
})
afterAll(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const call = (payload: unknown, locale: 'ar' | 'en' = 'en') => dispatch(createHandlers(core, handlerOptionsIn(dir)), 'searchArticles', payload, { locale })

describe('searchArticles through the contract', () => {
  it('answers a page of results the contract accepts, with the matched words marked', async () => {
    const answer = await call({ query: 'مكتبه', section: 'ثقافة', limit: 5 })
    expect(answer.ok).toBe(true)
    if (!answer.ok) return
    const found = contract.searchArticles.output.parse(answer.value)
    expect(found).toEqual(answer.value)
    expect(found.total).toBe(1)
    expect(found.results[0]!.article.id).toBe(id)
    expect(found.results[0]!.headline.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['المكتبة'])
  })

  it('refuses a query of only common words with a translated message, and bad limits or dates as invalid input', async () => {
    expect(await call({ query: 'في على' }, 'ar')).toMatchObject({ ok: false, error: { code: 'search_query_unusable', message: expect.stringContaining('لا يبقى في') } })
    expect(await call({ query: 'مكتبة', limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await call({ query: 'مكتبة', from: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await call({ query: 'م'.repeat(10_001) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
