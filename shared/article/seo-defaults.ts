import type { ArticleBody, BodyNode } from './body'
import type { ArticleMeta } from './meta'

// An empty SEO field means "the default": the editor shows that default as
// the field's placeholder and the exporter writes it, from this one rule.

const MAX_DESCRIPTION = 200

const inlineText = (node: BodyNode): string =>
  node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? ' ' : (node.content ?? []).map(inlineText).join('')

/** The article's first non-empty paragraph, on one line. */
export function ledeText(body: ArticleBody): string {
  const lede = (body.content ?? []).find((node) => node.type === 'paragraph' && inlineText(node).trim())
  return lede ? inlineText(lede).replace(/\s+/g, ' ').trim() : ''
}

/** The title search engines and link previews show: the SEO title, or the headline. */
export function seoTitleOf(meta: Pick<ArticleMeta, 'seoTitle' | 'headline'>): string {
  return meta.seoTitle.trim() || meta.headline.trim()
}

/**
 * What search results and previews show under the title: the SEO description,
 * else the dek, else the lede cut at a word boundary.
 */
export function seoDescriptionOf(meta: Pick<ArticleMeta, 'seoDescription' | 'dek'>, body: ArticleBody): string {
  const chosen = meta.seoDescription.trim() || meta.dek.trim()
  if (chosen) return chosen
  const text = ledeText(body)
  if (text.length <= MAX_DESCRIPTION) return text
  const cut = text.lastIndexOf(' ', MAX_DESCRIPTION)
  return `${text.slice(0, cut > 0 ? cut : MAX_DESCRIPTION)}…`
}
