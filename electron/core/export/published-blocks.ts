import type { BodyNode } from '../../../shared/article/body'
import type { StarterKitOptions } from '@tiptap/starter-kit'
import { withBlockLanguage } from './block-language'
import { schemaKitOptions } from '../../../shared/schema/article-extensions'
import { articleIdOfHref, isPublishedArticlePath } from '../../../shared/schema/internal-link'
import { isLatinRunLanguage } from '../../../shared/schema/lang-mark'
import { isAllowedLinkHref } from '../../../shared/schema/link-policy'
import { relatedArticlesFrom } from '../../../shared/schema/related-articles'

/** Where a link to another article points on the page; null when it has no page (linked-articles.ts). */
export type ArticleHref = (articleId: string) => string | null

/** A related-articles entry as published: with the address its link points at. */
export interface PublishedRelatedArticle {
  id: string
  headline: string
  href: string
}

// Blocks that are working state in the editor, not copy: an empty line, a
// related-articles block nobody filled, a figure still waiting for its image
// with nothing written under it.
function isWorkingState(node: BodyNode): boolean {
  if (node.type === 'paragraph') return (node.content?.length ?? 0) === 0
  if (node.type === 'relatedArticles') return relatedArticlesFrom(node.attrs?.articles).length === 0
  if (node.type === 'figure') return !node.attrs?.mediaId && !node.attrs?.caption && !node.attrs?.credit
  return false
}

// A Latin run is tagged only with a language the lang mark knows.
// A link is published only where it leads somewhere: an internal link to an
// article that exists becomes that article's address; one to a deleted
// article, or any href the link policy refuses (a body stored by hand can
// hold anything), leaves its words as plain text.
function publishedMarks(marks: BodyNode['marks'], hrefOf: ArticleHref): BodyNode['marks'] {
  return marks?.flatMap((mark) => {
    if (mark.type === 'lang') return isLatinRunLanguage(mark.attrs?.lang) ? [mark] : []
    if (mark.type !== 'link') return [mark]
    const href = String(mark.attrs?.href ?? '')
    const articleId = articleIdOfHref(href)
    if (articleId !== null) {
      const target = hrefOf(articleId)
      return target === null ? [] : [{ ...mark, attrs: { ...mark.attrs, href: target } }]
    }
    return isAllowedLinkHref(href) ? [mark] : []
  })
}

function published(node: BodyNode, hrefOf: ArticleHref): BodyNode {
  const related: PublishedRelatedArticle[] | null =
    node.type === 'relatedArticles'
      ? relatedArticlesFrom(node.attrs?.articles).flatMap((entry) => {
          const href = hrefOf(entry.id)
          return href === null ? [] : [{ ...entry, href }]
        })
      : null
  return {
    ...node,
    ...(related ? { attrs: { ...node.attrs, articles: related } } : {}),
    ...(node.marks ? { marks: publishedMarks(node.marks, hrefOf) } : {}),
    ...(node.content ? { content: node.content.map((child) => published(child, hrefOf)) } : {})
  }
}

// The page's headline is its h1; an h3 before any h2 would skip a level in
// the page outline (an HTML checker error, and screen readers announce a
// missing section). It is published one level up until an h2 has appeared.
function withOutline(blocks: BodyNode[]): BodyNode[] {
  let sawH2 = false
  return blocks.map((node) => {
    if (node.type !== 'heading') return node
    if (node.attrs?.level === 2) sawH2 = true
    return !sawH2 && node.attrs?.level === 3 ? { ...node, attrs: { ...node.attrs, level: 2 } } : node
  })
}

/** The stored top-level blocks as the page shows them. */
export function publishedBlocks(content: BodyNode[], hrefOf: ArticleHref): BodyNode[] {
  const blocks = content.map((node) => published(node, hrefOf))
  // Working state is judged after links are resolved: a related block whose
  // every article was deleted is left out like an unfilled one.
  return withOutline(blocks.filter((node) => !isWorkingState(node) && !isEmptyRelated(node))).map(withBlockLanguage)
}

const isEmptyRelated = (node: BodyNode): boolean =>
  node.type === 'relatedArticles' && ((node.attrs?.articles as unknown[] | undefined)?.length ?? 0) === 0

/**
 * The link mark as the exporter configures it: the article's link policy, plus
 * the sibling-page path internal links become without a base URL (which the
 * link mark would otherwise blank as an unknown scheme).
 */
export function publishedLinkOptions(): Partial<StarterKitOptions>['link'] {
  const stored = schemaKitOptions.link || {}
  return {
    ...stored,
    isAllowedUri: (url) => isAllowedLinkHref(url) || isPublishedArticlePath(url)
  }
}
