import type { Article } from '../../../shared/article/article'
import type { BodyNode } from '../../../shared/article/body'

const MAX_DESCRIPTION = 200

const inlineText = (node: BodyNode): string =>
  node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? ' ' : (node.content ?? []).map(inlineText).join('')

/**
 * What search results and link previews show under the headline: the dek, or
 * when the article has none, its lede (first paragraph) cut at a word boundary.
 */
export function pageDescription(article: Article): string {
  const dek = article.meta.dek.trim()
  if (dek) return dek
  const lede = (article.body.content ?? []).find((node) => node.type === 'paragraph' && inlineText(node).trim())
  const text = lede ? inlineText(lede).replace(/\s+/g, ' ').trim() : ''
  if (text.length <= MAX_DESCRIPTION) return text
  const cut = text.lastIndexOf(' ', MAX_DESCRIPTION)
  return `${text.slice(0, cut > 0 ? cut : MAX_DESCRIPTION)}…`
}
