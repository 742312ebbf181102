import type { BodyNode } from '../../../shared/article/body'
import type { StarterKitOptions } from '@tiptap/starter-kit'
import { schemaKitOptions } from '../../../shared/schema/article-extensions'
import { articleIdOfHref, isPublishedArticlePath, publishedArticlePath } from '../../../shared/schema/internal-link'
import { isAllowedLinkHref } from '../../../shared/schema/link-policy'
import { relatedArticlesFrom } from '../../../shared/schema/related-articles'

// Blocks that are working state in the editor, not copy: an empty line, a
// related-articles block nobody filled, a figure still waiting for its image
// with nothing written under it.
function isWorkingState(node: BodyNode): boolean {
  if (node.type === 'paragraph') return (node.content?.length ?? 0) === 0
  if (node.type === 'relatedArticles') return relatedArticlesFrom(node.attrs?.articles).length === 0
  if (node.type === 'figure') return !node.attrs?.mediaId && !node.attrs?.caption && !node.attrs?.credit
  return false
}

// An internal link names an article by id; on the page it points at that
// article's exported folder beside this one.
function publishedMarks(marks: BodyNode['marks']): BodyNode['marks'] {
  return marks?.map((mark) => {
    const id = mark.type === 'link' ? articleIdOfHref(String(mark.attrs?.href ?? '')) : null
    return id ? { ...mark, attrs: { ...mark.attrs, href: publishedArticlePath(id) } } : mark
  })
}

function published(node: BodyNode): BodyNode {
  return {
    ...node,
    ...(node.marks ? { marks: publishedMarks(node.marks) } : {}),
    ...(node.content ? { content: node.content.map(published) } : {})
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
export function publishedBlocks(content: BodyNode[]): BodyNode[] {
  return withOutline(content.filter((node) => !isWorkingState(node)).map(published))
}

/**
 * The link mark as the exporter configures it: the article's link policy, plus
 * the sibling-page path internal links become (which the link mark would
 * otherwise blank as an unknown scheme).
 */
export function publishedLinkOptions(): Partial<StarterKitOptions>['link'] {
  const stored = schemaKitOptions.link || {}
  return {
    ...stored,
    isAllowedUri: (url) => isAllowedLinkHref(url) || isPublishedArticlePath(url)
  }
}
