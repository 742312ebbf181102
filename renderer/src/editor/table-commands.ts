import type { EditorState } from '@tiptap/pm/state'

/** Whether the table at the caret starts with a header row (every cell of its first row a header cell). */
export function tableHasHeaderRow(state: EditorState): boolean {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (node.type.name !== 'table') continue
    const first = node.firstChild
    if (!first || first.childCount === 0) return false
    let headers = true
    first.forEach((cell) => {
      if (cell.type.name !== 'tableHeader') headers = false
    })
    return headers
  }
  return false
}
