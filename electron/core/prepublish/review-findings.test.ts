// What the check says of review: suggestions still waiting stop publishing, open comment threads are the desk's call.
import { describe, expect, it } from 'vitest'
import { translate } from '../../../shared/i18n/translate'
import { checkArticle } from './check-article'
import { checkInput, paragraph, quote, text } from './testing/check-fixtures'

const suggested = (words: string, kind: 'insertion' | 'deletion', id: string) => text(words, [{ type: kind, attrs: { id } }])
const commented = (words: string, thread: string) => text(words, [{ type: 'comment', attrs: { thread } }])
const reviewFindings = (input: Parameters<typeof checkArticle>[0]) =>
  checkArticle(input).filter((finding) => finding.rule === 'suggestions_pending' || finding.rule === 'threads_open')

describe('suggestions still waiting', () => {
  it('are one error at the first block that holds one, counting every suggestion in the body', () => {
    const input = checkInput({
      body: [
        paragraph('افتتحت القمة أعمالها.'),
        quote(paragraph('قال ', suggested('إن', 'deletion', 'a'), suggested('أن', 'insertion', 'a'), ' الاتفاق قريب.')),
        paragraph('وانتهت', suggested(' مساء', 'insertion', 'b'), '.')
      ]
    })
    expect(reviewFindings(input)).toEqual([
      { rule: 'suggestions_pending', severity: 'error', params: { count: 2 }, location: { kind: 'body', path: [1, 0], excerpt: 'قال إنأن الاتفاق قريب.' } }
    ])
    expect(translate('en', 'check.suggestions_pending', { count: 2 })).toBe(
      '2 suggestions in the text wait for a decision: accept or reject them before the article is exported for publishing.'
    )
    expect(translate('ar', 'check.suggestions_pending', { count: 1 })).toBe('في النص اقتراح واحد ينتظر قرارًا: اقبله أو ارفضه قبل تصدير المقال للنشر.')
  })

  it('a whole block suggested counts too', () => {
    const block = { ...paragraph('فقرة مقترحة.'), marks: [{ type: 'insertion', attrs: { id: 'c' } }] }
    expect(reviewFindings(checkInput({ body: [paragraph('افتتحت القمة أعمالها.'), block] })).map((finding) => [finding.rule, finding.params, finding.location])).toEqual([
      ['suggestions_pending', { count: 1 }, { kind: 'body', path: [1], excerpt: 'فقرة مقترحة.' }]
    ])
  })
})

describe('open comment threads', () => {
  it('are one warning at the first block an open thread is on; resolved threads and the marks of resolved ones say nothing', () => {
    const body = [paragraph('افتتحت ', commented('القمة', 'resolved'), ' أعمالها.'), paragraph('وقال ', commented('الوزير', 'open'), ' كلمته.')]
    expect(reviewFindings({ ...checkInput({ body }), openThreads: ['open', 'detached'] })).toEqual([
      { rule: 'threads_open', severity: 'warning', params: { count: 2 }, location: { kind: 'body', path: [1], excerpt: 'وقال الوزير كلمته.' } }
    ])
    expect(reviewFindings({ ...checkInput({ body }), openThreads: [] })).toEqual([])
    expect(reviewFindings(checkInput({ body }))).toEqual([])
  })

  it('when every open thread has lost its words, the warning is about the article', () => {
    expect(reviewFindings({ ...checkInput(), openThreads: ['detached'] })).toEqual([
      { rule: 'threads_open', severity: 'warning', params: { count: 1 }, location: { kind: 'meta', field: 'status' } }
    ])
    expect(translate('ar', 'check.threads_open', { count: 3 })).toBe('3 تعليقات لم تُحسم بعد؛ التعليقات لا تمنع النشر ولا تظهر فيه.')
  })
})
