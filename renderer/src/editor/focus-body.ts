import type { Editor } from '@tiptap/core'

const typedInto = (element: Element | null): boolean =>
  element instanceof HTMLTextAreaElement ||
  (element instanceof HTMLInputElement && !['file', 'button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color'].includes(element.type)) ||
  (element instanceof HTMLElement && element.isContentEditable)

/**
 * The caret back in the body, now. Tiptap's focus() command waits for the
 * next frame; on a loaded machine that frame came after the journalist had
 * clicked into the caption of the figure just inserted, and the late focus
 * carried what they typed into the body, leaving the caption empty.
 */
export function focusBodyNow(editor: Editor): void {
  if (editor.isDestroyed) return
  editor.view.focus()
  editor.commands.scrollIntoView()
}

/** What has the keyboard when a figure is asked for (see focusBodyAfterInsert). */
export const keyboardOwner = (): Element | null => document.activeElement

/**
 * A picture takes a moment to store. If meanwhile the journalist went on
 * typing in a field (the caption of a figure already there, the headline),
 * the arriving figure leaves the caret where it is; otherwise the caret
 * returns to the body at once.
 */
export function focusBodyAfterInsert(editor: Editor, ownerWhenAsked: Element | null): void {
  const owner = keyboardOwner()
  if (owner !== ownerWhenAsked && typedInto(owner)) return
  focusBodyNow(editor)
}
