import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model'
import { SUGGESTION_MARK_NAMES, type SuggestionMarkName } from '../schema/review-marks'

/** One suggestion still waiting for a decision, as a reader of the article sees it. */
export interface PendingSuggestion {
  id: string
  /** Words it would add, and words it would take away; either may be empty. */
  inserted: string
  deleted: string
  /** Blocks it adds, removes or changes whole (a paragraph, a list item, a figure), by node type. */
  blocks: string[]
  /** True when it changes how something looks or what it is (a heading level, a direction, bold) rather than the words. */
  changesFormat: boolean
  /** The textblock it starts in, as the reader would name it: paragraph, heading, listItem, quote, tableCell, figure. */
  place: string
}

const suggestionMark = (marks: readonly Mark[]): Mark | undefined =>
  marks.find((mark) => (SUGGESTION_MARK_NAMES as readonly string[]).includes(mark.type.name))

/** A place a reader would recognise: the nearest block that says where the words are. */
function placeOf(doc: ProseMirrorNode, pos: number): string {
  const $pos = doc.resolve(Math.min(pos, doc.content.size))
  for (let depth = $pos.depth; depth > 0; depth--) {
    const name = $pos.node(depth).type.name
    if (name === 'listItem' || name === 'quote' || name === 'pullQuote' || name === 'tableCell' || name === 'tableHeader') return name
  }
  return $pos.depth > 0 ? $pos.node(1).type.name : (doc.nodeAt(pos)?.type.name ?? 'doc')
}

/** Every suggestion in the body, in reading order, with what it would change. */
export function pendingSuggestions(doc: ProseMirrorNode): PendingSuggestion[] {
  const found = new Map<string, PendingSuggestion>()
  doc.descendants((node, pos) => {
    const mark = suggestionMark(node.marks)
    if (!mark) return true
    const id = String(mark.attrs.id)
    let suggestion = found.get(id)
    if (!suggestion) {
      suggestion = { id, inserted: '', deleted: '', blocks: [], changesFormat: false, place: placeOf(doc, pos + (node.isText ? 0 : 1)) }
      found.set(id, suggestion)
    }
    const kind = mark.type.name as SuggestionMarkName
    if (kind === 'modification') {
      suggestion.changesFormat = true
      return true
    }
    // Zero-width spaces are the library's markers at block edges, never words anyone typed.
    const words = (node.isText ? (node.text ?? '') : node.textContent).replace(/\u200B/g, '')
    if (kind === 'insertion') suggestion.inserted += words
    else suggestion.deleted += words
    if (!node.isText) {
      suggestion.blocks.push(node.type.name)
      // A whole block's words were counted above: its children carry no mark of their own.
      return false
    }
    return true
  })
  return [...found.values()]
}

/** The ids of every pending suggestion, each once. */
export const suggestionIds = (doc: ProseMirrorNode): string[] => pendingSuggestions(doc).map((suggestion) => suggestion.id)
