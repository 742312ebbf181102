// Two desks, each with its own database file and a replica of one article,
// decide the same suggestion apart: one accepts, the other rejects. Once they
// have exchanged their edits both ways they hold the same body, and each
// desk's review history flags the disagreement with both people.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../core'
import { body, deleted, inserted, paragraph, plainBody, suggest } from './testing/review-bodies'

let dir: string
let desks: Core[] = []
let id: string

const replacement = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
const addition = '1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e'

/** The reporter's desk wrote the article and suggested two changes; the file is then copied to a second desk. */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-concurrent-decisions-'))
  const first = openCore({ dbPath: join(dir, 'a.sqlite') })
  first.saveProfile({ name: 'ليلى', role: 'journalist' })
  id = first.createArticle({ headline: 'الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.', 'فقرة باقية.')).id
  suggest(first, id, body(paragraph('قال الوزير ', deleted('إن', replacement), inserted('أن', replacement), ' الاتفاق قريب', inserted(' جدا', addition), '.'), paragraph('فقرة باقية.')))
  first.close()
  expect(existsSync(join(dir, 'a.sqlite-wal'))).toBe(false)
  copyFileSync(join(dir, 'a.sqlite'), join(dir, 'b.sqlite'))
  desks = [openCore({ dbPath: join(dir, 'a.sqlite') }), openCore({ dbPath: join(dir, 'b.sqlite') })]
})
afterEach(() => {
  for (const desk of desks) desk.close()
  rmSync(dir, { recursive: true, force: true })
})

/** What `to` has not seen of `from`'s document, sent and committed as a replica's edit. */
function send(from: Core, to: Core): void {
  const seen = Y.encodeStateVectorFromUpdateV2(to.openArticleDocument(id))
  to.applyArticleUpdate(id, from.openArticleDocument(id, seen))
}

function mergeBothWays(a: Core, b: Core): void {
  send(a, b)
  send(b, a)
}

describe('two desks decide the same suggestion apart', () => {
  it('accepted on one and rejected on the other: the same body on both, and both histories flag the conflict with both people', () => {
    const [a, b] = desks as [Core, Core]
    const sara = a.saveProfile({ name: 'سارة القاسم', role: 'editor' })
    const rami = b.saveProfile({ name: 'رامي حداد', role: 'editor' })

    a.decideSuggestions(id, 'accept', { suggestion: replacement })
    b.decideSuggestions(id, 'reject', { suggestion: replacement })
    expect(a.getArticle(id).body.content![0]!.content!.map((node) => node.text).join('')).toBe('قال الوزير أن الاتفاق قريب جدا.')
    expect(b.getArticle(id).body.content![0]!.content!.map((node) => node.text).join('')).toBe('قال الوزير إن الاتفاق قريب جدا.')

    mergeBothWays(a, b)

    // What either decision took out stays out: the accepted replacement removed «إن», the rejection removed «أن».
    // The other suggestion, decided by nobody, still waits on both.
    const merged = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { dir: null },
          content: [
            { type: 'text', text: 'قال الوزير  الاتفاق قريب' },
            { type: 'text', marks: [{ type: 'insertion', attrs: { id: addition } }], text: ' جدا' },
            { type: 'text', text: '.' }
          ]
        },
        { type: 'paragraph', attrs: { dir: null }, content: [{ type: 'text', text: 'فقرة باقية.' }] }
      ]
    }
    expect(a.getArticle(id).body).toEqual(merged)
    expect(b.getArticle(id).body).toEqual(merged)
    expect(a.listSuggestions(id).map((suggestion) => suggestion.id)).toEqual([addition])
    expect(b.listSuggestions(id)).toEqual(a.listSuggestions(id))

    for (const desk of [a, b]) {
      const history = desk.reviewHistory(id)
      expect(history.decisions.map((record) => [record.decision, record.by])).toEqual(
        expect.arrayContaining([
          ['accept', sara.id],
          ['reject', rami.id]
        ])
      )
      expect(history.conflicts).toEqual([
        {
          suggestion: replacement,
          accepted: expect.objectContaining({ by: sara.id, inserted: 'أن', deleted: 'إن' }),
          rejected: expect.objectContaining({ by: rami.id, inserted: 'أن', deleted: 'إن' })
        }
      ])
    }
    expect(b.reviewHistory(id)).toEqual(a.reviewHistory(id))
    // The library row of each desk counts what still waits.
    for (const desk of desks) expect(desk.listArticles()[0]).toMatchObject({ id, pendingSuggestions: 1 })
  })

  it('the same decision on both desks, or decisions on different suggestions, are no conflict', () => {
    const [a, b] = desks as [Core, Core]
    a.saveProfile({ name: 'سارة القاسم', role: 'editor' })
    b.saveProfile({ name: 'رامي حداد', role: 'editor' })
    a.decideSuggestions(id, 'accept', { suggestion: replacement })
    b.decideSuggestions(id, 'accept', { suggestion: replacement })
    b.decideSuggestions(id, 'reject', { suggestion: addition })
    mergeBothWays(a, b)

    const text = 'قال الوزير أن الاتفاق قريب.'
    for (const desk of desks) {
      expect(desk.getArticle(id).body.content![0]!.content!.map((node) => node.text).join('')).toBe(text)
      expect(desk.listSuggestions(id)).toEqual([])
      expect(desk.reviewHistory(id).conflicts).toEqual([])
      expect(desk.reviewHistory(id).decisions).toHaveLength(3)
    }
  })
})
