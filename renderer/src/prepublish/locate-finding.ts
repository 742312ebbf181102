import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { FindingLocation } from '../../../shared/prepublish/finding'
import { focusBodyNow } from '../editor/focus-body'

/** Marks an element the check can send the journalist to (a metadata field, a figure's alt input). */
export const checkTargetAttribute = 'data-check-target'

function focusTarget(root: ParentNode, target: string): boolean {
  const element = root.querySelector<HTMLElement>(`[${checkTargetAttribute}="${target}"]`)
  if (!element) return false
  // A group (the lead image with nothing chosen) hands focus to its first control.
  const focusable = element.matches('input, textarea, select, button') ? element : element.querySelector<HTMLElement>('input, textarea, button')
  element.scrollIntoView({ block: 'center' })
  ;(focusable ?? element).focus()
  return true
}

/** Where a block named by its child indexes starts in the editor's document, or null once it is gone. */
export function blockPosition(doc: ProseMirrorNode, path: readonly number[]): { pos: number; node: ProseMirrorNode } | null {
  let parent = doc
  let contentStart = 0
  let found: { pos: number; node: ProseMirrorNode } | null = null
  for (const index of path) {
    if (index >= parent.childCount) return null
    let pos = contentStart
    for (let i = 0; i < index; i++) pos += parent.child(i).nodeSize
    const node = parent.child(index)
    found = { pos, node }
    parent = node
    contentStart = pos + 1
  }
  return found
}

function locateInBody(editor: Editor, location: Extract<FindingLocation, { kind: 'body' }>): boolean {
  const block = blockPosition(editor.state.doc, location.path)
  if (!block) return false
  const { pos, node } = block
  if (node.isAtom || node.type.name === 'figure') {
    editor.chain().setNodeSelection(pos).scrollIntoView().run()
    const dom = editor.view.nodeDOM(pos)
    // A figure's alt text and credit are fields of the figure itself: put the caret there.
    if (location.part && dom instanceof HTMLElement && focusTarget(dom, `figure.${location.part}`)) return true
    focusBodyNow(editor)
    return true
  }
  // A text block: select its words (or put the caret in an empty one) and bring it into view.
  // Focused at once, not on Tiptap's next frame: a correction typed straight
  // after the click must land in the block, not on the finding's button.
  const from = pos + 1
  const to = Math.max(from, pos + node.nodeSize - 1)
  editor.commands.setTextSelection({ from, to })
  focusBodyNow(editor)
  return true
}

/**
 * Takes the journalist to what a finding is about: the metadata field, or the
 * block in the editor (its text selected, a figure's field focused). Returns
 * false when the place is gone (edited away since the check ran).
 */
export function locateFinding(location: FindingLocation, editor: Editor | null, screen: ParentNode = document): boolean {
  if (location.kind === 'meta') return focusTarget(screen, location.field)
  return editor && !editor.isDestroyed ? locateInBody(editor, location) : false
}
