import type { EditorState } from '@tiptap/pm/state'

export interface SlashQuery {
  /** What follows the "/", to filter the list. */
  query: string
  /** The "/…" text, removed when a block is chosen. */
  from: number
  to: number
}

/**
 * The slash menu opens when a paragraph holds nothing but "/" and the word
 * typed after it, with the caret at its end: "/" inside a sentence (and/or,
 * 2026/11) is just a slash.
 */
export function slashQueryIn(state: EditorState): SlashQuery | null {
  const { selection } = state
  if (!selection.empty) return null
  const { $from } = selection
  if ($from.parent.type.name !== 'paragraph') return null
  const text = $from.parent.textContent
  // Names may hold a space ("عنوان فرعي"); "/ " at once is not a menu.
  const match = /^\/([^\s/][^/]{0,29})?$/u.exec(text)
  if (!match || $from.parentOffset !== text.length) return null
  return { query: match[1] ?? '', from: $from.start(), to: $from.pos }
}
