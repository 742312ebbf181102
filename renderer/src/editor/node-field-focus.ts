interface KeptFocus {
  pos: number
  /** The attribute the field edits: a figure's caption, a quote's attribution. */
  field: string
  start: number
  end: number
}

let kept: KeptFocus | null = null

/**
 * ProseMirror draws a block afresh when the marks around it change, and a
 * suggested change of a figure's caption, a quote's attribution or a table's
 * caption does change them (the suggestion's mark wraps the block): the field
 * being typed in is replaced by a new one. The field says where its caret was
 * before each edit, and the block drawn in its place takes the focus and the
 * caret back, so the next key lands in it.
 */
export function keepFieldFocus(pos: number, field: string, element: HTMLInputElement | HTMLTextAreaElement): void {
  kept = { pos, field, start: element.selectionStart ?? element.value.length, end: element.selectionEnd ?? element.value.length }
}

/** The field lost the focus for good (the person moved on): nothing is to be taken back. */
export function forgetFieldFocus(): void {
  kept = null
}

/** What the block newly drawn at `pos` should take back, once. */
export function takeFieldFocus(pos: number | undefined): KeptFocus | null {
  if (kept === null || pos === undefined || kept.pos !== pos) return null
  const taken = kept
  kept = null
  return taken
}

/** Gives the focus and caret back to `element` when the block drawn at `pos` replaced the one being typed in. */
export function restoreFieldFocus(pos: number | undefined, fields: Record<string, HTMLInputElement | HTMLTextAreaElement | null>): void {
  const taken = takeFieldFocus(pos)
  const element = taken ? fields[taken.field] : null
  if (!taken || !element) return
  element.focus()
  element.setSelectionRange(taken.start, taken.end)
}

/** The field was left: once the moment of a redraw is over, nothing is to be taken back. */
export const fieldLeft = (): void => void setTimeout(forgetFieldFocus, 0)
