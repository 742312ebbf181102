import { describe, expect, it } from 'vitest'
import { doc, h2, p, schema } from './testing/article-builders'
import { remove, replace, setBlockType, split } from './testing/article-edits'
import { suggest } from './testing/suggest'
import { bodyWithoutReview, hasPendingSuggestions } from './published-body'
import { commentAnchors, findQuote } from './comment-anchors'

const commented = (text: string, thread: string) => schema.text(text, [schema.marks.comment!.create({ thread })])

describe('the body a reader outside the newsroom may see', () => {
  it('every waiting suggestion rejected and every comment’s anchor gone', () => {
    const before = doc(p('قال ', commented('الوزير', 'thread-1'), ' إن الحكومة'), p('ردود الفعل'))
    let body = suggest(before, replace('إن [الحكومة]', 'الوزارة'))
    body = suggest(body, setBlockType('ردود الفعل|', 'heading', { level: 2 }))
    body = suggest(body, split('قال |الوزير'))
    expect(hasPendingSuggestions(body)).toBe(true)
    const published = bodyWithoutReview(body)
    expect(published.toJSON()).toEqual(doc(p('قال الوزير إن الحكومة'), p('ردود الفعل')).toJSON())
    expect(hasPendingSuggestions(published)).toBe(false)
  })

  it('a body with nothing waiting and no comment is the body itself', () => {
    const body = doc(h2('العنوان'), p('النص'))
    expect(bodyWithoutReview(body)).toBe(body)
  })
})

describe('where a thread’s words are', () => {
  it('words a suggestion deletes stay the thread’s words until it is decided', () => {
    const body = suggest(doc(p('قال ', commented('الوزير الأول', 'thread-1'), ' إن')), remove('الوزير [الأول]'))
    expect(commentAnchors(body).get('thread-1')?.words).toBe('الوزير الأول')
  })

  it('a quote is found inside one block, by its words', () => {
    const body = doc(p('مقدمة'), p('قال الوزير إن الحكومة ستعلن'))
    const found = findQuote(body, ' الحكومة ستعلن ')
    expect(found && body.textBetween(found.from, found.to)).toBe('الحكومة ستعلن')
    expect(findQuote(body, 'مقدمة قال')).toBeNull()
  })
})
