/** A figure's text fields, by the attribute each edits. */
export type FigureField = 'caption' | 'credit' | 'alt'

interface KeptFocus {
  pos: number
  field: FigureField
  start: number
  end: number
}

let kept: KeptFocus | null = null

/**
 * ProseMirror draws a figure afresh when the marks around it change, and a
 * suggested change of its caption does change them (the suggestion's mark
 * wraps the figure): the field being typed in is replaced by a new one. The
 * field says where its caret was before each edit, and the figure drawn in
 * its place takes the focus and the caret back, so the next key lands in it.
 */
export function keepFieldFocus(pos: number, field: FigureField, element: HTMLInputElement | HTMLTextAreaElement): void {
  kept = { pos, field, start: element.selectionStart ?? element.value.length, end: element.selectionEnd ?? element.value.length }
}

/** The field lost the focus for good (the person moved on): nothing is to be taken back. */
export function forgetFieldFocus(): void {
  kept = null
}

/** What the figure newly drawn at `pos` should take back, once. */
export function takeFieldFocus(pos: number | undefined): KeptFocus | null {
  if (kept === null || pos === undefined || kept.pos !== pos) return null
  const taken = kept
  kept = null
  return taken
}
