import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { DocumentContent as Draft } from '../../../shared/document/article-document'

const blankParagraph = (node: { type: string; content?: { type: string; text?: string }[] }) =>
  node.type === 'paragraph' && (node.content ?? []).every((child) => child.type === 'text' && !child.text?.trim())

const bodyIsBlank = (body: ArticleBody) => (body.content ?? []).every(blankParagraph)

// Field by field: the same metadata read from the document and from the stored row lists its fields in another order.
const sameMeta = (a: ArticleMeta, b: ArticleMeta) =>
  (Object.keys({ ...a, ...b }) as (keyof ArticleMeta)[]).every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]))

/**
 * A new article the journalist backed out of without writing anything: no
 * headline, no body, every field as it was created. Keeping it would only
 * leave an empty «بلا عنوان» row in the library.
 */
export function isUntouchedDraft(draft: Draft, created: ArticleMeta): boolean {
  return sameMeta(draft.meta, created) && bodyIsBlank(draft.body)
}
