import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../shared/article/body'
import { publishedBlocks } from './published-blocks'

const heading = (level: number, text: string): BodyNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] })
const levels = (blocks: BodyNode[]) => blocks.map((b) => b.attrs?.level)
const id = '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c'
const gone = '00000000-0000-4000-8000-000000000000'
const hrefOf = (articleId: string) => (articleId === id ? `https://news.example/${articleId}/` : null)
const linked = (href: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: 'رابط', marks: [{ type: 'link', attrs: { href } }] }] })

describe('blocks as the page publishes them', () => {
  it('publishes a subheading that comes before any heading one level up, so the outline skips no level', () => {
    expect(levels(publishedBlocks([heading(3, 'أ'), heading(3, 'ب'), heading(2, 'ج'), heading(3, 'د')], hrefOf))).toEqual([2, 2, 2, 3])
    expect(levels(publishedBlocks([heading(2, 'أ'), heading(3, 'ب')], hrefOf))).toEqual([2, 3])
  })

  it('leaves out working state and points internal links at the linked article\'s address', () => {
    const blocks = publishedBlocks(
      [
        { type: 'paragraph' },
        { type: 'relatedArticles', attrs: { articles: [] } },
        { type: 'figure', attrs: { mediaId: null, caption: '', credit: '' } },
        linked(`midad:article/${id}`)
      ],
      hrefOf
    )
    expect(blocks).toEqual([linked(`https://news.example/${id}/`)])
  })

  it('turns a link to a missing article, or to an address the policy refuses, into plain words', () => {
    const plain: BodyNode = { type: 'paragraph', content: [{ type: 'text', text: 'رابط', marks: [] }] }
    for (const href of [`midad:article/${gone}`, 'midad:article/nope', 'javascript:alert(1)', 'data:text/html,x']) {
      expect(publishedBlocks([linked(href)], hrefOf), href).toEqual([plain])
    }
  })

  it('keeps only related articles that still exist, and drops a block left with none', () => {
    const related = (articles: unknown[]): BodyNode => ({ type: 'relatedArticles', attrs: { articles } })
    expect(publishedBlocks([related([{ id, headline: 'أ' }, { id: gone, headline: 'ب' }, { id: 'javascript:x', headline: 'ج' }])], hrefOf)).toEqual([
      related([{ id, headline: 'أ', href: `https://news.example/${id}/` }])
    ])
    expect(publishedBlocks([related([{ id: gone, headline: 'ب' }])], hrefOf)).toEqual([])
  })
})
