import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { ArticleEdit } from './article-edits'

/**
 * One scripted suggestion: a body, an edit made in suggesting mode, and the
 * body the writer expects once an editor accepts it. Rejecting it must always
 * give `before` back exactly, so that is not written again.
 */
export interface SuggestionScenario {
  name: string
  before: ProseMirrorNode
  edit: ArticleEdit
  /** Written by hand: what the article says after the suggestion is accepted. */
  accepted: ProseMirrorNode
}

export const scenario = (name: string, before: ProseMirrorNode, edit: ArticleEdit, accepted: ProseMirrorNode): SuggestionScenario => ({
  name,
  before,
  edit,
  accepted
})
