// The review operations as every transport calls them: through dispatch, each
// request and answer checked against the contract.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../shared/contract/dispatch'
import type { Result } from '../../../shared/contract/errors'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { handlerOptionsIn } from '../testing/handler-options'
import { body, deleted, inserted, paragraph, plainBody, suggest } from './testing/review-bodies'

let dir: string
let core: Core
let call: (name: string, payload: unknown, locale?: 'ar' | 'en') => Promise<Result<unknown>>

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-review-handlers-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  const handlers = createHandlers(core, handlerOptionsIn(dir))
  call = (name, payload, locale = 'en') => dispatch(handlers, name, payload, { locale })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

function valueOf<T = unknown>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`)
  return result.value as T
}
const errorOf = (result: Result<unknown>) => {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`)
  return result.error
}

const suggestion = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d'

function articleUnderReview(): string {
  core.saveProfile({ name: 'ليلى', role: 'journalist' })
  const { id } = core.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.'))
  suggest(core, id, body(paragraph('قال الوزير ', deleted('إن', suggestion), inserted('أن', suggestion), ' الاتفاق قريب.')))
  core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
  return id
}

describe('review through the contract', () => {
  it('comments, lists threads and suggestions, decides, and tells the history and the library', async () => {
    const id = articleUnderReview()
    const thread = valueOf(await call('addComment', { id, comment: { quote: 'الاتفاق', text: 'أي اتفاق؟' } }))
    expect(thread).toMatchObject({ quote: 'الاتفاق', words: 'الاتفاق', anchored: true, resolved: false })
    expect(valueOf(await call('listCommentThreads', { id }))).toEqual([thread])

    const [listed] = valueOf<{ id: string }[]>(await call('listSuggestions', { id }))
    expect(listed).toMatchObject({ id: suggestion, inserted: 'أن', deleted: 'إن' })
    const summary = valueOf<{ articles: { id: string; openThreads: number; pendingSuggestions: number }[] }>(await call('listArticles', {})).articles.find((row) => row.id === id)
    expect(summary).toMatchObject({ openThreads: 1, pendingSuggestions: 1 })

    const decided = valueOf<{ decided: unknown[] }>(await call('decideSuggestions', { id, decision: 'reject', pick: { suggestion } }))
    expect(decided.decided).toEqual([expect.objectContaining({ suggestion, decision: 'reject', inserted: 'أن', deleted: 'إن' })])
    expect(valueOf(await call('reviewHistory', { id }))).toEqual({ decisions: decided.decided, conflicts: [] })
    expect(valueOf(await call('listMentions', {}))).toEqual([])
  })

  it.each<[string, string, (id: string) => unknown, string]>([
    ['a comment with no words', 'addComment', (id) => ({ id, comment: { quote: 'الوزير', text: '   ' } }), 'comment.text'],
    ['a comment without its quote', 'addComment', (id) => ({ id, comment: { text: 'من؟' } }), 'comment.quote'],
    ['a decision that is neither', 'decideSuggestions', (id) => ({ id, decision: 'maybe', pick: { all: true } }), 'decision'],
    ['a pick of all that is not all', 'decideSuggestions', (id) => ({ id, decision: 'accept', pick: { all: false } }), 'pick'],
    ['a pick of two kinds at once', 'decideSuggestions', (id) => ({ id, decision: 'accept', pick: { all: true, suggestion } }), 'pick'],
    ['an id that is not an article’s', 'listCommentThreads', () => ({ id: 'x' }), 'id']
  ])('refuses %s with invalid_input, changing nothing', async (_what, name, payload, field) => {
    const id = articleUnderReview()
    const before = core.openArticleDocument(id)
    const error = errorOf(await call(name, payload(id)))
    expect(error.code).toBe('invalid_input')
    expect(error.message).toContain(`field: ${field}`)
    expect(core.openArticleDocument(id)).toEqual(before)
  })

  it('words not in the text, or an unknown suggestion, come back as the journalist’s own words', async () => {
    const id = articleUnderReview()
    const quote = errorOf(await call('addComment', { id, comment: { quote: 'الرئيس', text: 'من؟' } }, 'ar'))
    expect(quote.code).toBe('comment_quote_not_found')
    expect(quote.message).toContain('«الرئيس»')
    const unknown = errorOf(await call('decideSuggestions', { id, decision: 'accept', pick: { suggestion: 'nope' } }))
    expect(unknown).toMatchObject({ code: 'suggestion_not_found', params: { suggestion: 'nope' } })
    expect(unknown.message).toBe('No suggestion “nope” waits for a decision in this article; it may have been accepted or rejected already. Nothing changed.')
  })

  it('a draft export answers with its notice; an export for publishing is refused while suggestions wait', async () => {
    const id = articleUnderReview()
    expect(errorOf(await call('exportArticle', { id })).code).toBe('export_blocked_by_check')
    const draft = valueOf<{ notices: unknown }>(await call('exportArticle', { id, draft: true }))
    expect(draft.notices).toEqual([{ code: 'suggestions_left_out', count: 1 }])
  })
})
