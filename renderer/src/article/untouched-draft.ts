import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { Draft } from '../autosave/autosave'

const blankParagraph = (node: { type: string; content?: { type: string; text?: string }[] }) =>
  node.type === 'paragraph' && (node.content ?? []).every((child) => child.type === 'text' && !child.text?.trim())

const bodyIsBlank = (body: ArticleBody) => (body.content ?? []).every(blankParagraph)

const sameMeta = (a: ArticleMeta, b: ArticleMeta) => JSON.stringify(a) === JSON.stringify(b)

/**
 * A new article the journalist backed out of without writing anything: no
 * headline, no body, every field as it was created. Keeping it would only
 * leave an empty «بلا عنوان» row in the library.
 */
export function isUntouchedDraft(draft: Draft, created: ArticleMeta): boolean {
  return sameMeta(draft.meta, created) && bodyIsBlank(draft.body)
}
