import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { FigureAttrs } from '../../../shared/schema/figure'

/** How a figure's node view knows its figure: where ProseMirror places it, and the node it last showed. */
export interface FigurePlace {
  getPos: () => number | undefined
  node: ProseMirrorNode
}

const isFigure = (node: ProseMirrorNode | null | undefined) => node?.type.name === 'figure'

/**
 * Where the figure is at the moment of the edit, or null once it is gone.
 * ProseMirror answers for a node view it still shows; a view it has just
 * replaced answers nothing, and Tiptap's updateAttributes then does nothing
 * without a word. So the figure is also looked for by the node the view last
 * showed: document nodes are immutable, the same object is the same figure,
 * unchanged since.
 */
export function figurePosition(doc: ProseMirrorNode, place: FigurePlace): number | null {
  const pos = place.getPos()
  if (typeof pos === 'number' && pos >= 0 && pos < doc.content.size && isFigure(doc.nodeAt(pos))) return pos
  let found: number | null = null
  doc.descendants((node, at) => {
    if (found !== null) return false
    if (node === place.node) found = at
    return found === null && !node.isAtom
  })
  return found
}

/**
 * Writes caption, credit, alt text or the chosen picture into the figure.
 * The figure's other attributes are read from the document now, not from
 * what the view last rendered, so an edit never undoes another one. Returns
 * false when the figure is no longer in the article (deleted): there is then
 * nothing to write to.
 */
export function editFigure(editor: Editor, place: FigurePlace, patch: Partial<FigureAttrs>): boolean {
  if (editor.isDestroyed) return false
  const { state } = editor
  const pos = figurePosition(state.doc, place)
  const figure = pos === null ? null : state.doc.nodeAt(pos)
  if (pos === null || !figure) return false
  // One attribute step per field that changed, never the node replaced: a
  // suggestion then records a change of the caption, not a second figure.
  const tr = state.tr
  for (const [name, value] of Object.entries(patch)) {
    if (figure.attrs[name] !== value) tr.setNodeAttribute(pos, name, value)
  }
  if (tr.docChanged) editor.view.dispatch(tr)
  return true
}
