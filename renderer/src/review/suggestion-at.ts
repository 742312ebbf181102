import type { Mark } from '@tiptap/pm/model'
import type { EditorState } from '@tiptap/pm/state'
import { SUGGESTION_MARK_NAMES } from '../../../shared/schema/review-marks'

const suggestionIdOf = (marks: readonly Mark[]): string | null => {
  const mark = marks.find((m) => (SUGGESTION_MARK_NAMES as readonly string[]).includes(m.type.name))
  return mark ? String(mark.attrs.id) : null
}

/** The suggestion the caret is in or beside (or the selected block is), for deciding it from the text. */
export function suggestionAt(state: EditorState): string | null {
  const { $from } = state.selection
  const inline = suggestionIdOf($from.nodeAfter?.marks ?? []) ?? suggestionIdOf($from.nodeBefore?.marks ?? [])
  if (inline) return inline
  for (let depth = $from.depth; depth > 0; depth--) {
    const block = suggestionIdOf($from.node(depth).marks)
    if (block) return block
  }
  const selected = 'node' in state.selection ? (state.selection as { node: { marks: readonly Mark[] } }).node : null
  return selected ? suggestionIdOf(selected.marks) : null
}
