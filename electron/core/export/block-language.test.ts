import { describe, expect, it } from 'vitest'
import { renderArticleBody } from './article-body-html'
import { allowListed } from './fragment-allow-list'

const text = (value: string) => ({ type: 'text', text: value })
const paragraph = (value: string, dir: 'ltr' | null = null) => ({ type: 'paragraph', attrs: { dir }, content: [text(value)] })
const published = (...content: unknown[]) => allowListed(renderArticleBody({ type: 'doc', content: content as never }))

describe('the language of a published block', () => {
  it('is English on a left-to-right block written in Latin letters', () => {
    expect(published(paragraph('We are ready to deepen our cooperation', 'ltr'))).toBe(
      '<p dir="ltr" lang="en">We are ready to deepen our cooperation</p>'
    )
  })

  it('is the page’s own (none written) for Arabic copy, left-to-right or not, and for Arabic that starts with a Latin name', () => {
    expect(published(paragraph('قال الرئيس', 'ltr'))).toBe('<p dir="ltr">قال الرئيس</p>')
    expect(published(paragraph('Reuters قالت'))).toBe('<p>Reuters قالت</p>')
    expect(published(paragraph('Gazprom said'))).toBe('<p>Gazprom said</p>')
    // Digits alone are no language.
    expect(published(paragraph('2026', 'ltr'))).toBe('<p dir="ltr">2026</p>')
  })

  it('covers an English quote with its attribution, and an English figure', () => {
    const quote = { type: 'quote', attrs: { dir: 'ltr', attribution: 'Xi Jinping' }, content: [paragraph('Friends forever')] }
    expect(published(quote)).toMatch(/^<figure dir="ltr" lang="en" data-type="quote">/)
    const arabicAttribution = { ...quote, attrs: { dir: 'ltr', attribution: 'شي جين بينغ' } }
    expect(published(arabicAttribution)).not.toContain('lang=')
    const figure = { type: 'figure', attrs: { dir: 'ltr', mediaId: null, alt: '', caption: 'AFP photo', credit: 'AFP' } }
    expect(published(figure)).toBe('<figure dir="ltr" lang="en"><figcaption>AFP photo — <span class="credit">AFP</span></figcaption></figure>')
  })
})
