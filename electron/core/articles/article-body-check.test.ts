import { describe, expect, it } from 'vitest'
import { MidadError } from '../../../shared/contract/errors'
import { checkArticleBody } from './article-body-check'

const id = '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c'
const doc = (...content: unknown[]) => ({ type: 'doc', content })
const para = (text: string, marks?: unknown[]) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] })
const refused = (body: unknown) => {
  try {
    checkArticleBody(body)
  } catch (error) {
    return error instanceof MidadError ? error.code : 'other'
  }
  return 'accepted'
}

describe('the body core keeps', () => {
  it('keeps the new blocks, an explicit LTR block and a figure waiting for its image', () => {
    const body = doc(
      { type: 'pullQuote', attrs: { attribution: 'شي' }, content: [para('بلا حدود')] },
      { type: 'horizontalRule' },
      { type: 'relatedArticles', attrs: { articles: [{ id, headline: 'قمة بكين' }] } },
      { type: 'figure', attrs: { mediaId: null, caption: 'في بكين', credit: 'رويترز', alt: '' } },
      { type: 'quote', attrs: { dir: 'ltr', attribution: 'Xi' }, content: [para('No limits')] },
      para('رابط', [{ type: 'link', attrs: { href: `midad:article/${id}` } }]),
      para('Reuters', [{ type: 'lang', attrs: { lang: 'en' } }])
    )
    const kept = checkArticleBody(body)
    expect(kept.content?.map((n) => n.type)).toEqual(['pullQuote', 'horizontalRule', 'relatedArticles', 'figure', 'quote', 'paragraph', 'paragraph'])
    expect(kept.content?.[2]?.attrs?.articles).toEqual([{ id, headline: 'قمة بكين' }])
    expect(kept.content?.[3]?.attrs?.mediaId).toBeNull()
    expect(kept.content?.[4]?.attrs?.dir).toBe('ltr')
    expect(kept.content?.[5]?.content?.[0]?.marks?.[0]?.attrs?.href).toBe(`midad:article/${id}`)
  })

  it('refuses related articles that do not name a library article, and unknown link schemes or languages', () => {
    expect(refused(doc({ type: 'relatedArticles', attrs: { articles: [{ id: '../etc', headline: 'x' }] } }))).toBe('invalid_body')
    expect(refused(doc({ type: 'relatedArticles', attrs: { articles: 'nope' } }))).toBe('invalid_body')
    expect(refused(doc({ type: 'relatedArticles', attrs: { articles: [{ id, headline: 7 }] } }))).toBe('invalid_body')
    expect(refused(doc(para('x', [{ type: 'link', attrs: { href: 'midad:article/../../secret' } }])))).toBe('invalid_body')
    expect(refused(doc(para('x', [{ type: 'lang', attrs: { lang: '"><script>' } }])))).toBe('invalid_body')
    expect(refused(doc({ type: 'pullQuote', attrs: { attribution: 5 }, content: [para('x')] }))).toBe('invalid_body')
    expect(refused(doc({ type: 'pullQuote', content: [] }))).toBe('invalid_body')
  })
})
