import type { Article } from '../../../shared/article/article'
import type { BodyNode } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import { digitsIn, type DigitStyle } from '../../../shared/text/typography'

// The words of a block kept in attributes rather than text nodes.
const wordAttributes = ['caption', 'credit', 'alt', 'attribution']

function bodyNodeIn(node: BodyNode, style: DigitStyle): BodyNode {
  // An English block, or a Latin run marked with its language, keeps the
  // digits it was written with, as typing leaves them there.
  if (node.attrs?.dir === 'ltr') return node
  if (node.type === 'text') {
    return node.marks?.some((mark) => mark.type === 'lang') ? node : { ...node, text: digitsIn(node.text ?? '', style) }
  }
  const attrs = node.attrs && Object.fromEntries(
    Object.entries(node.attrs).map(([name, value]) => [name, wordAttributes.includes(name) && typeof value === 'string' ? digitsIn(value, style) : value])
  )
  return {
    ...node,
    ...(attrs ? { attrs } : {}),
    ...(node.content ? { content: node.content.map((child) => bodyNodeIn(child, style)) } : {})
  }
}

function metaIn(meta: ArticleMeta, style: DigitStyle): ArticleMeta {
  const digits = (text: string) => digitsIn(text, style)
  return {
    ...meta,
    kicker: digits(meta.kicker),
    headline: digits(meta.headline),
    dek: digits(meta.dek),
    bylines: meta.bylines.map(digits),
    dateline: digits(meta.dateline),
    seoTitle: digits(meta.seoTitle),
    seoDescription: digits(meta.seoDescription),
    leadImage: meta.leadImage && {
      ...meta.leadImage,
      caption: digits(meta.leadImage.caption),
      credit: digits(meta.leadImage.credit),
      alt: digits(meta.leadImage.alt)
    }
  }
}

/**
 * The article's words with one digit style, the newsroom's, as the reader
 * gets them: a headline written before the setting changed, or pasted with
 * the other digits, does not put ٣ and 3 on one page. The slug and tags are
 * left alone: they are addresses and keys, and the slug's digits are Western
 * (shared/text/slug.ts). The stored article is not changed.
 */
export function withPublishedDigits(article: Article, style: DigitStyle): Article {
  const content = article.body.content?.map((node) => bodyNodeIn(node, style))
  return { ...article, meta: metaIn(article.meta, style), body: content ? { ...article.body, content } : article.body }
}
