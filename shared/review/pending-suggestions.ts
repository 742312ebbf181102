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

// A block may carry several at once: a deletion and the level change made
// before it, or two desks' changes to one figure (its caption, its direction).
const suggestionMarks = (marks: readonly Mark[]): Mark[] =>
  marks.filter((mark) => (SUGGESTION_MARK_NAMES as readonly string[]).includes(mark.type.name))

/** A place a reader would recognise: the nearest block that says where the words are. */
function placeOf(doc: ProseMirrorNode, node: ProseMirrorNode, pos: number): string {
  // A figure or another atom is its own place: there is no position inside it.
  if (node.isLeaf && !node.isText) return node.type.name
  const $pos = doc.resolve(Math.min(pos + (node.isText ? 0 : 1), doc.content.size))
  for (let depth = $pos.depth; depth > 0; depth--) {
    const name = $pos.node(depth).type.name
    if (name === 'listItem' || name === 'quote' || name === 'pullQuote' || name === 'tableCell' || name === 'tableHeader') return name
  }
  return $pos.depth > 0 ? $pos.node(1).type.name : 'doc'
}

/** Every suggestion in the body, in reading order, with what it would change. */
export function pendingSuggestions(doc: ProseMirrorNode): PendingSuggestion[] {
  const found = new Map<string, PendingSuggestion>()
  doc.descendants((node, pos) => {
    let wholeBlock = false
    for (const mark of suggestionMarks(node.marks)) {
      const id = String(mark.attrs.id)
      let suggestion = found.get(id)
      if (!suggestion) {
        suggestion = { id, inserted: '', deleted: '', blocks: [], changesFormat: false, place: placeOf(doc, node, pos) }
        found.set(id, suggestion)
      }
      const kind = mark.type.name as SuggestionMarkName
      if (kind === 'modification') {
        suggestion.changesFormat = true
        continue
      }
      // Zero-width spaces are the library's markers at block edges, never words anyone typed.
      const words = (node.isText ? (node.text ?? '') : node.textContent).replace(/\u200B/g, '')
      if (kind === 'insertion') suggestion.inserted += words
      else suggestion.deleted += words
      if (!node.isText) {
        suggestion.blocks.push(node.type.name)
        wholeBlock = true
      }
    }
    // A whole block's words were counted above: its children carry no mark of their own.
    return !wholeBlock
  })
  return [...found.values()]
}

/** The ids of every pending suggestion, each once. */
export const suggestionIds = (doc: ProseMirrorNode): string[] => pendingSuggestions(doc).map((suggestion) => suggestion.id)
