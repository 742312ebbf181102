// Comments and suggestions through core's front door, on a real SQLite file.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../core'
import { failureOf } from '../testing/failure-of'
import { ARTICLE_DOCUMENT_LAYOUT, layoutOf } from '../../../shared/document/article-document'
import { startThread } from '../../../shared/review/review-threads'
import { body, deleted, inserted, openWindow, paragraph, plainBody, sendEdit, suggest } from './testing/review-bodies'

let dir: string
let core: Core

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-review-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite'), projectionIdleMs: 5 })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

/**
 * The desk handed back to someone it already knows. A profile saved under a
 * name is a new person each time (people-store.ts), and the app has no way
 * yet to pick a known one: the test sets it where the desk keeps it.
 */
function sitAt(personId: string): void {
  const db = new Database(join(dir, 'midad.sqlite'))
  db.prepare('UPDATE this_device SET person_id = ?').run(personId)
  db.close()
}

const summaryOf = (id: string) => core.listArticles().find((article) => article.id === id)!
const paragraphs = (id: string) => (core.getArticle(id).body.content ?? []).map((block) => (block.content ?? []).map((node) => node.text).join(''))

describe('comments', () => {
  it('a comment anchors on the first place its words occur, opens a thread by the person at the desk, and the row counts it', () => {
    const sara = core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
    const { id } = core.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.', 'وأكد الوزير أن الاتفاق نهائي.'))

    const thread = core.addComment(id, { quote: 'الاتفاق', text: 'أي اتفاق؟ سمّه.' })

    expect(thread).toMatchObject({ quote: 'الاتفاق', words: 'الاتفاق', anchored: true, resolved: false, by: sara.id })
    expect(thread.replies).toEqual([expect.objectContaining({ by: sara.id, text: 'أي اتفاق؟ سمّه.', mentions: [] })])
    expect(core.listCommentThreads(id)).toEqual([thread])
    // The first occurrence, in the first paragraph, and only there.
    const [first, second] = core.getArticle(id).body.content!
    expect(first!.content!.filter((node) => node.marks?.some((mark) => mark.type === 'comment' && mark.attrs?.thread === thread.id)).map((node) => node.text)).toEqual(['الاتفاق'])
    expect(JSON.stringify(second)).not.toContain('comment')
    expect(summaryOf(id)).toMatchObject({ openThreads: 1, pendingSuggestions: 0 })
  })

  it('words that are not in the text, or no words at all, are a clear refusal that changes nothing', async () => {
    core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
    const { id } = core.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.'))
    const before = core.getArticle(id)
    const state = core.openArticleDocument(id)

    const absent = await failureOf(() => core.addComment(id, { quote: 'الرئيس', text: 'من؟' }))
    expect(absent.code).toBe('comment_quote_not_found')
    expect(absent.params).toEqual({ quote: 'الرئيس' })
    expect((await failureOf(() => core.addComment(id, { quote: '   ', text: 'من؟' }))).code).toBe('comment_quote_empty')
    // Across two paragraphs is not one place in the text either.
    expect((await failureOf(() => core.addComment(id, { quote: 'قريب. قال', text: 'من؟' }))).code).toBe('comment_quote_not_found')

    expect(core.getArticle(id)).toEqual(before)
    expect(core.openArticleDocument(id)).toEqual(state)
    expect(core.listCommentThreads(id)).toEqual([])
  })

  it('a desk with nobody named at it cannot comment or decide', async () => {
    const { id } = core.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.'))
    expect((await failureOf(() => core.addComment(id, { quote: 'الوزير', text: 'من؟' }))).code).toBe('review_needs_profile')
    expect((await failureOf(() => core.decideSuggestions(id, 'accept', { all: true }))).code).toBe('review_needs_profile')
    expect(core.listMentions()).toEqual([])
  })

  it('an unknown article is not_found', async () => {
    core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
    const missing = '6d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a'
    expect((await failureOf(() => core.listCommentThreads(missing))).code).toBe('not_found')
    expect((await failureOf(() => core.addComment(missing, { quote: 'x', text: 'y' }))).code).toBe('not_found')
  })

  it('@Name mentions a person the desk knows by their whole name, and that person finds it among their mentions', () => {
    const rami = core.saveProfile({ name: 'رامي', role: 'journalist' })
    const ramiHaddad = core.saveProfile({ name: 'رامي حداد', role: 'journalist' })
    const sara = core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
    const { id } = core.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.'))
    const other = core.createArticle({ headline: 'القمة' }, plainBody('انتهت القمة يوم الجمعة.'))

    const first = core.addComment(id, { quote: 'الوزير', text: '@رامي حداد من أي وزير؟ وانظر @رامي، وليس rami@example.com' })
    expect(first.replies[0]!.mentions).toEqual([ramiHaddad.id, rami.id])
    const second = core.addComment(other.id, { quote: 'القمة', text: 'أي قمة يا @رامي حداد؟' })

    sitAt(ramiHaddad.id)
    expect(core.listMentions()).toEqual([
      { articleId: other.id, headline: 'القمة', thread: second.id, reply: second.replies[0]!.id, text: 'أي قمة يا @رامي حداد؟', by: sara.id, at: second.at, resolved: false },
      { articleId: id, headline: 'الموازنة', thread: first.id, reply: first.replies[0]!.id, text: first.replies[0]!.text, by: sara.id, at: first.at, resolved: false }
    ])
    sitAt(sara.id)
    expect(core.listMentions()).toEqual([])
  })

  it('a comment a window has just committed is among the mentions at once, before its row has rested', () => {
    core.close()
    // A long rest, so the row would still lag when the mentions are asked for.
    core = openCore({ dbPath: join(dir, 'midad.sqlite'), projectionIdleMs: 60_000 })
    const sara = core.saveProfile({ name: 'سارة القاسم', role: 'journalist' })
    const { id } = core.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.'))
    const rami = core.saveProfile({ name: 'رامي', role: 'editor' })
    sendEdit(core, id, openWindow(core, id), (doc) =>
      startThread(doc, { id: 'thread-1', quote: 'الوزير' }, { id: 'reply-1', by: rami.id, at: new Date().toISOString(), text: '@سارة القاسم من؟', mentions: [sara.id] })
    )
    sitAt(sara.id)
    expect(core.listMentions().map((mention) => mention.thread)).toEqual(['thread-1'])
  })

  it('a document from before review that takes a comment says it needs the review layout', () => {
    core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
    const { id } = core.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.'))
    sendEdit(core, id, openWindow(core, id), (doc) => doc.getMap('document').set('layout', 1))
    expect(layoutOf(openWindow(core, id))).toBe(1)
    core.addComment(id, { quote: 'الوزير', text: 'أي وزير؟' })
    expect(layoutOf(openWindow(core, id))).toBe(ARTICLE_DOCUMENT_LAYOUT)
  })

  it('a comment on an approved article does not send it back to review: the text it vouches for is the same', () => {
    core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
    const { id } = core.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.'))
    core.setArticleStatus(id, 'approved')
    core.addComment(id, { quote: 'الوزير', text: 'أي وزير؟' })
    expect(core.getArticle(id).status).toBe('approved')
  })
})

describe('suggestions', () => {
  const replacement = '5b7c9d1e-2f3a-4b5c-8d7e-9f0a1b2c3d4e'
  const addition = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f'

  function suggestedArticle() {
    const leila = core.saveProfile({ name: 'ليلى', role: 'journalist' })
    const { id } = core.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.', 'فقرة باقية.'))
    suggest(core, id, body(paragraph('قال الوزير ', deleted('إن', replacement), inserted('أن', replacement), ' الاتفاق قريب', inserted(' جدا', addition), '.'), paragraph('فقرة باقية.')), '2026-12-01T10:00:00.000Z')
    const sara = core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
    return { id, leila, sara }
  }

  it('lists what each waiting suggestion would change, with who suggested it, and the row counts them', () => {
    const { id, leila } = suggestedArticle()
    expect(core.listSuggestions(id)).toEqual([
      { id: replacement, inserted: 'أن', deleted: 'إن', blocks: [], changesFormat: false, place: 'paragraph', author: { by: leila.id, at: '2026-12-01T10:00:00.000Z' } },
      { id: addition, inserted: ' جدا', deleted: '', blocks: [], changesFormat: false, place: 'paragraph', author: { by: leila.id, at: '2026-12-01T10:00:00.000Z' } }
    ])
    expect(summaryOf(id)).toMatchObject({ openThreads: 0, pendingSuggestions: 2 })
  })

  it('accepting one makes it part of the text, records the decision and leaves the other waiting', () => {
    const { id, leila, sara } = suggestedArticle()
    const { decided } = core.decideSuggestions(id, 'accept', { suggestion: replacement })
    expect(decided).toEqual([{ suggestion: replacement, decision: 'accept', by: sara.id, at: expect.any(String), inserted: 'أن', deleted: 'إن', suggestedBy: leila.id }])
    expect(core.listSuggestions(id).map((suggestion) => suggestion.id)).toEqual([addition])
    expect(core.reviewHistory(id)).toEqual({ decisions: decided, conflicts: [] })

    core.decideSuggestions(id, 'reject', { all: true })
    expect(paragraphs(id)).toEqual(['قال الوزير أن الاتفاق قريب.', 'فقرة باقية.'])
    expect(core.listSuggestions(id)).toEqual([])
    expect(summaryOf(id).pendingSuggestions).toBe(0)
    expect(core.reviewHistory(id).decisions.map((record) => [record.suggestion, record.decision])).toEqual([
      [replacement, 'accept'],
      [addition, 'reject']
    ])
  })

  it('decides every suggestion one person made', () => {
    const { id, leila, sara } = suggestedArticle()
    expect(core.decideSuggestions(id, 'accept', { by: sara.id }).decided).toEqual([])
    expect(core.decideSuggestions(id, 'accept', { by: leila.id }).decided.map((record) => record.suggestion)).toEqual([replacement, addition])
    expect(paragraphs(id)).toEqual(['قال الوزير أن الاتفاق قريب جدا.', 'فقرة باقية.'])
  })

  it('an unknown suggestion is a clear refusal that changes nothing', async () => {
    const { id } = suggestedArticle()
    const before = core.getArticle(id)
    const refused = await failureOf(() => core.decideSuggestions(id, 'accept', { suggestion: 'no-such-suggestion' }))
    expect(refused.code).toBe('suggestion_not_found')
    expect(refused.params).toEqual({ suggestion: 'no-such-suggestion' })
    expect(core.getArticle(id)).toEqual(before)
    expect(core.reviewHistory(id)).toEqual({ decisions: [], conflicts: [] })
  })

  it('accepting words into an approved article sends it back to review; rejecting them does not', () => {
    const { id } = suggestedArticle()
    core.setArticleStatus(id, 'approved')
    expect(core.decideSuggestions(id, 'reject', { suggestion: addition }).statusChange).toBeUndefined()
    expect(core.getArticle(id).status).toBe('approved')
    expect(core.decideSuggestions(id, 'accept', { suggestion: replacement }).statusChange).toMatchObject({ from: 'approved', to: 'in_review' })
  })
})
