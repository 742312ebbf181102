import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { decideSuggestions } from './suggestion-decisions'
import { suggestionIds } from './pending-suggestions'

/** True when the body still waits for a decision on some suggestion. */
export const hasPendingSuggestions = (doc: ProseMirrorNode): boolean => suggestionIds(doc).length > 0

/**
 * The body as a reader outside the newsroom may see it: every pending
 * suggestion rejected (the text as it stood before anyone suggested), and no
 * comment's anchor left in it. Publishing refuses while suggestions wait;
 * a draft export shows this text and says so.
 */
export function bodyWithoutReview(doc: ProseMirrorNode): ProseMirrorNode {
  const decided = hasPendingSuggestions(doc) ? decideSuggestions(doc, 'reject', { all: true }) : doc
  const comment = decided.type.schema.marks.comment
  if (!comment) return decided
  let anchored = false
  decided.descendants((node) => {
    if (comment.isInSet(node.marks)) anchored = true
    return !anchored
  })
  if (!anchored) return decided
  const tr = EditorState.create({ doc: decided }).tr.removeMark(0, decided.content.size, comment)
  return tr.doc
}
