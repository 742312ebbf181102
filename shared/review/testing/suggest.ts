import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { SUGGESTION_MARK_NAMES } from '../../schema/review-marks'
import { suggestingTransaction } from '../suggesting'
import type { ArticleEdit } from './article-edits'

/** The body after `edit` is made in suggesting mode: the editor's transaction, turned into a suggestion. */
export function suggest(before: ProseMirrorNode, edit: ArticleEdit): ProseMirrorNode {
  const state = EditorState.create({ doc: before })
  const tr = state.tr
  edit(tr)
  return state.apply(suggestingTransaction(tr, state)).doc
}

/** Every suggestion mark left in the body, on words or on whole blocks, as "kind:id". */
export function suggestionMarksIn(doc: ProseMirrorNode): string[] {
  const found: string[] = []
  doc.descendants((node) => {
    for (const mark of node.marks) {
      if ((SUGGESTION_MARK_NAMES as readonly string[]).includes(mark.type.name)) found.push(`${mark.type.name}:${String(mark.attrs.id)}`)
    }
    return true
  })
  return found
}

/** The library's zero-width markers at block edges: a reader must never be left with one. */
export const hasZeroWidthSpace = (doc: ProseMirrorNode): boolean => doc.textBetween(0, doc.content.size, '\n', '\n').includes('\u200B')
