import type { BodyNode } from '../../../../shared/article/body'
import type { Finding } from '../../../../shared/prepublish/finding'
import { articleIdOfHref, internalArticleHref } from '../../../../shared/schema/internal-link'
import { relatedArticlesFrom } from '../../../../shared/schema/related-articles'
import { bodyBlocks } from '../body-blocks'
import { finding, type Rule } from '../check-input'

const internalPrefix = internalArticleHref('')

const internalHrefOf = (node: BodyNode): string | null => {
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href
  return typeof href === 'string' && href.startsWith(internalPrefix) ? href : null
}

interface InternalLink {
  href: string
  text: string
  /** Where the link's words sit in the block's text (a line break counts one, as in blockText). */
  range: { from: number; to: number }
}

/**
 * The internal links of one text block with the words they cover. Neighbouring
 * text nodes under the same link (a bold word inside it) are one link to the reader.
 */
function internalLinks(node: BodyNode): InternalLink[] {
  const links: InternalLink[] = []
  let previous: string | null = null
  let offset = 0
  for (const child of node.content ?? []) {
    const length = child.type === 'hardBreak' ? 1 : (child.text ?? '').length
    const href = internalHrefOf(child)
    const last = links[links.length - 1]
    if (href && href === previous && last) {
      last.text += child.text ?? ''
      last.range.to = offset + length
    } else if (href) links.push({ href, text: child.text ?? '', range: { from: offset, to: offset + length } })
    previous = href
    offset += length
  }
  return links
}

/**
 * A link to another article, or a "read also" entry, whose article is no
 * longer in the library: the exported page would point at a page that will
 * never be published.
 */
export const articleLinksRule: Rule = ({ body, articleExists }) => {
  const found: Finding[] = []
  const missing = (id: string | null) => !id || !articleExists(id)
  for (const { node, path } of bodyBlocks(body)) {
    // A link in running text is pointed at by its words; a "read also" box as a whole.
    const targets: { id: string | null; text: string; range?: InternalLink['range'] }[] =
      node.type === 'relatedArticles'
        ? relatedArticlesFrom(node.attrs?.articles).map((related) => ({ id: related.id, text: related.headline }))
        : internalLinks(node).map((link) => ({ id: articleIdOfHref(link.href), text: link.text, range: link.range }))
    for (const target of targets) {
      if (!missing(target.id)) continue
      const text = target.text.trim().slice(0, 80)
      found.push(finding('article_link_missing', { kind: 'body', path, excerpt: text, ...(target.range ? { range: target.range } : {}) }, { text }))
    }
  }
  return found
}
