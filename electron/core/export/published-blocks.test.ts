import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../shared/article/body'
import { publishedBlocks } from './published-blocks'

const heading = (level: number, text: string): BodyNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] })
const levels = (blocks: BodyNode[]) => blocks.map((b) => b.attrs?.level)

describe('blocks as the page publishes them', () => {
  it('publishes a subheading that comes before any heading one level up, so the outline skips no level', () => {
    expect(levels(publishedBlocks([heading(3, 'أ'), heading(3, 'ب'), heading(2, 'ج'), heading(3, 'د')]))).toEqual([2, 2, 2, 3])
    expect(levels(publishedBlocks([heading(2, 'أ'), heading(3, 'ب')]))).toEqual([2, 3])
  })

  it('leaves out working state and points internal links at the sibling page', () => {
    const id = '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c'
    const blocks = publishedBlocks([
      { type: 'paragraph' },
      { type: 'relatedArticles', attrs: { articles: [] } },
      { type: 'figure', attrs: { mediaId: null, caption: '', credit: '' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'رابط', marks: [{ type: 'link', attrs: { href: `midad:article/${id}` } }] }] }
    ])
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'رابط', marks: [{ type: 'link', attrs: { href: `../${id}/index.html` } }] }] }
    ])
  })
})
