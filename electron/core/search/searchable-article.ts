import type { ArticleBody, BodyNode } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import { indexedTerms, indexedTermsByParagraph } from '../../../shared/search/search-terms'

/** An article's words as the index keeps them, one field per column of article_search. */
export interface SearchableArticle {
  headline: string
  kicker: string
  dek: string
  body: string
  captions: string
  bylines: string
  tags: string
  section: string
}

// Captions and credits of the body's pictures: not part of the running copy, still worth finding.
function collectCaptions(node: BodyNode, out: string[]): void {
  if (node.type === 'figure' && node.attrs) {
    for (const key of ['caption', 'credit']) {
      const value = node.attrs[key]
      if (typeof value === 'string' && value) out.push(value)
    }
  }
  for (const child of node.content ?? []) collectCaptions(child, out)
}

export function captionsOf(meta: Pick<ArticleMeta, 'leadImage'>, body: ArticleBody): string {
  const out: string[] = []
  if (meta.leadImage) out.push(meta.leadImage.caption, meta.leadImage.credit)
  for (const node of body.content ?? []) collectCaptions(node, out)
  return out.filter(Boolean).join('\n')
}

/**
 * What the index keeps of an article; `plainText` is the body as the store already derived it.
 * Its terms come paragraph by paragraph from a cache unless `termsOfBody` says otherwise.
 */
export function searchableArticle(meta: ArticleMeta, body: ArticleBody, plainText: string, termsOfBody: (text: string) => string = indexedTermsByParagraph): SearchableArticle {
  return {
    headline: indexedTerms(meta.headline),
    kicker: indexedTerms(meta.kicker),
    dek: indexedTerms(meta.dek),
    body: termsOfBody(plainText),
    captions: indexedTerms(captionsOf(meta, body)),
    // One byline's words stay apart from the next one's, so a phrase never spans two people.
    bylines: meta.bylines.map(indexedTerms).join(' . '),
    tags: meta.tags.map(indexedTerms).join(' . '),
    section: indexedTerms(meta.section)
  }
}
