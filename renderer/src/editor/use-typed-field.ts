import { useLayoutEffect, useRef } from 'react'

/**
 * A text field of a node view whose text lives in the document (a figure's
 * caption, credit, alt text). Used uncontrolled, with `defaultValue`: the node
 * view is drawn again with the new attribute only after the keystroke's event
 * is over, and a controlled field is meanwhile set back to the old value by
 * React, which throws the caret to the end — a correction typed at the start
 * of a caption came out scrambled. Here the field keeps what was typed, and
 * takes the document's value only when that changes from elsewhere (undo in
 * the body, the stored article loaded again).
 */
export function useTypedField<T extends HTMLInputElement | HTMLTextAreaElement>(stored: string) {
  const field = useRef<T>(null)
  useLayoutEffect(() => {
    const element = field.current
    if (element && element.value !== stored) element.value = stored
  }, [stored])
  return field
}
