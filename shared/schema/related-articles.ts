import { Node } from '@tiptap/core'
import { isArticleId, publishedArticlePath } from './internal-link'

export interface RelatedArticle {
  id: string
  headline: string
}

/** The heading the published block carries; the page is Arabic. */
export const relatedArticlesHeading = 'اقرأ أيضًا'

export function relatedArticlesFrom(value: unknown): RelatedArticle[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item: unknown) => {
    const { id, headline } = (item ?? {}) as Record<string, unknown>
    return isArticleId(id) && typeof headline === 'string' ? [{ id: id.toLowerCase(), headline }] : []
  })
}

/**
 * "Read also": articles picked from the library, stored by id with the
 * headline they had when picked (the page must not depend on the library at
 * read time). Published as an aside of links to the sibling exported pages.
 */
export const RelatedArticles = Node.create({
  name: 'relatedArticles',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return { articles: { default: [] } }
  },

  parseHTML() {
    return [
      {
        tag: 'aside.related',
        getAttrs: (el) => ({
          articles: relatedArticlesFrom(
            [...el.querySelectorAll('a[data-article-id]')].map((a) => ({
              id: a.getAttribute('data-article-id'),
              headline: a.textContent?.trim() ?? ''
            }))
          )
        })
      }
    ]
  },

  renderHTML({ node, HTMLAttributes }) {
    const own = Object.fromEntries(Object.entries(HTMLAttributes).filter(([k]) => k !== 'articles'))
    const items = relatedArticlesFrom(node.attrs.articles).map((a) => [
      'li',
      {},
      ['a', { href: publishedArticlePath(a.id), 'data-article-id': a.id }, a.headline || a.id]
    ])
    return ['aside', { ...own, class: 'related' }, ['h2', {}, relatedArticlesHeading], ['ul', {}, ...items]] as never
  }
})
