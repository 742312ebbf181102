import type { EditorState, Transaction } from '@tiptap/pm/state'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { quotesTurnedFor } from '../../../shared/text/typography'
import { rememberChosenDirection } from './chosen-direction'

interface Block {
  pos: number
  node: ProseMirrorNode
}

/**
 * The article's top-level blocks the selection touches. Direction belongs to
 * the whole block the journalist sees — an English quote with its
 * attribution, a list with its bullets — not to one line inside it.
 */
export function selectedBlocks(state: EditorState): Block[] {
  const { from, to } = state.selection
  const blocks: Block[] = []
  state.doc.forEach((node, pos) => {
    const end = pos + node.nodeSize
    if (end > from && pos < to) blocks.push({ pos, node })
    else if (from === to && pos <= from && from <= end && blocks.length === 0) blocks.push({ pos, node })
  })
  return blocks
}

/** The first selected block is left-to-right: what the toggle shows pressed. */
export function isSelectionLeftToRight(state: EditorState): boolean {
  return selectedBlocks(state)[0]?.node.attrs.dir === 'ltr'
}

// English typed into a right-to-left paragraph got right-to-left quotes
// (”yes“); once the block runs the other way they must face the other way.
// Each mark is replaced by one of the same length, so positions hold.
function turnQuotes(tr: Transaction, block: Block): void {
  block.node.descendants((child, offset) => {
    if (!child.isText || !/[\u201C\u201D]/u.test(child.text!)) return
    const from = block.pos + 1 + offset
    tr.replaceWith(from, from + child.nodeSize, child.type.schema.text(quotesTurnedFor(child.text!), child.marks))
  })
}

/**
 * Switches the selected blocks between the article's right-to-left (no `dir`
 * stored) and an explicit left-to-right, with their curly quotes turned to
 * match. One transaction, so one undo step.
 */
export function toggleBlockDirection(state: EditorState, dispatch?: (tr: Transaction) => void): boolean {
  const blocks = selectedBlocks(state).filter(({ node }) => 'dir' in node.attrs)
  if (blocks.length === 0) return false
  const dir = isSelectionLeftToRight(state) ? null : 'ltr'
  if (dispatch) {
    const tr = state.tr
    for (const block of blocks) {
      if ((block.node.attrs.dir === 'ltr') === (dir === 'ltr')) continue
      tr.setNodeAttribute(block.pos, 'dir', dir)
      turnQuotes(tr, block)
    }
    rememberChosenDirection(tr, blocks.map((block) => block.pos))
    dispatch(tr.scrollIntoView())
  }
  return true
}
