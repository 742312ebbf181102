import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { FindingLocation, TextRange } from '../../../shared/prepublish/finding'
import { focusBodyNow } from '../editor/focus-body'

/** Marks an element the check can send the journalist to (a metadata field, a figure's alt input). */
export const checkTargetAttribute = 'data-check-target'

const typedField = (element: Element): element is HTMLInputElement | HTMLTextAreaElement =>
  element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type === 'text')

function focusTarget(root: ParentNode, target: string, range?: TextRange): boolean {
  const element = root.querySelector<HTMLElement>(`[${checkTargetAttribute}="${target}"]`)
  if (!element) return false
  // A group (the lead image with nothing chosen) hands focus to its first control.
  const focusable = element.matches('input, textarea, select, button') ? element : element.querySelector<HTMLElement>('input, textarea, button')
  element.scrollIntoView({ block: 'center' })
  const focused = focusable ?? element
  focused.focus()
  // The characters the finding is about, or a caret where it is; with no range, the caret stays where the browser puts it.
  if (range && typedField(focused)) {
    const length = focused.value.length
    focused.setSelectionRange(Math.min(range.from, length), Math.min(range.to, length))
  }
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

/** What the editor does for a body finding. */
export type BodyTarget =
  /** Select these document positions; from === to is a caret. */
  | { kind: 'text'; from: number; to: number }
  /** Show the block (a picture, a "read also" box) as selected without giving the body the keyboard. */
  | { kind: 'block'; pos: number }
  /** Focus a field of the block (a figure's alt text, a quote's attribution). */
  | { kind: 'field'; pos: number; target: string; range?: TextRange }

/**
 * Where a body finding sends the caret. A finding about characters selects
 * exactly them; a finding about a whole text block puts the caret at its
 * start and selects nothing, so the next key the journalist presses adds to
 * the block rather than replacing it. A block that holds no text of its own
 * (a picture) is only shown: a key pressed after the click must not delete it.
 */
export function bodyTarget(doc: ProseMirrorNode, location: Extract<FindingLocation, { kind: 'body' }>): BodyTarget | null {
  const block = blockPosition(doc, location.path)
  if (!block) return null
  const { pos, node } = block
  if (location.part) return { kind: 'field', pos, target: `${node.type.name}.${location.part}`, ...(location.range ? { range: location.range } : {}) }
  if (node.isTextblock) {
    // Offsets count the block's text as the editor does (a line break is one place); an edit since the check can only shorten what is selected.
    const size = node.content.size
    const from = Math.min(location.range?.from ?? 0, size)
    const to = Math.min(location.range?.to ?? from, size)
    return { kind: 'text', from: pos + 1 + from, to: pos + 1 + to }
  }
  if (node.isAtom) return { kind: 'block', pos }
  // A quote or a list: the caret at the start of its first text.
  let first: number | null = null
  node.descendants((child, offset) => {
    if (first === null && child.isTextblock) first = pos + 1 + offset + 1
    return first === null
  })
  return first === null ? { kind: 'block', pos } : { kind: 'text', from: first, to: first }
}

function locateInBody(editor: Editor, location: Extract<FindingLocation, { kind: 'body' }>): boolean {
  const target = bodyTarget(editor.state.doc, location)
  if (!target) return false
  if (target.kind === 'field') {
    const dom = editor.view.nodeDOM(target.pos)
    if (dom instanceof HTMLElement && focusTarget(dom, target.target, target.range)) return true
  }
  if (target.kind !== 'text') {
    // Drawn as selected and brought into view, but the keyboard stays off the
    // body: Backspace on a selected picture would delete it.
    editor.chain().setNodeSelection(target.pos).scrollIntoView().run()
    return true
  }
  // Focused at once, not on Tiptap's next frame: a correction typed straight
  // after the click must land in the block, not on the finding's button.
  editor.commands.setTextSelection({ from: target.from, to: target.to })
  focusBodyNow(editor)
  return true
}

/**
 * Takes the journalist to what a finding is about: the metadata field, or the
 * place in the editor (the finding's characters selected, a caret in the
 * block, a figure's field focused). Returns false when the place is gone
 * (edited away since the check ran).
 */
export function locateFinding(location: FindingLocation, editor: Editor | null, screen: ParentNode = document): boolean {
  if (location.kind === 'meta') return focusTarget(screen, location.field, location.range)
  return editor && !editor.isDestroyed ? locateInBody(editor, location) : false
}
