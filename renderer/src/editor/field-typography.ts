import { useEffect, useRef } from 'react'
import { typedInField, type FieldTyping, type TypographySettings } from '../../../shared/text/typography'

/**
 * The attribute a text field carries to type in the newsroom's typography,
 * with its kind as value: `<input {...typedAs('copy')}>`.
 */
export const typedAs = (field: FieldTyping) => ({ 'data-typography': field })

const isTextField = (target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement =>
  (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.dataset.typography !== undefined

/**
 * One character typed into a marked field, turned as the body turns it
 * (shared/text/typography.ts). The replacement goes in as typing does
 * (`insertText`), so the browser's own undo gives back the key as typed, and
 * React sees an ordinary input event. Pasted and dropped text, several
 * characters at once (autofill, Playwright's fill) and text still being
 * composed by an input method are left as they came.
 */
function onBeforeInput(event: InputEvent, settings: TypographySettings): void {
  const field = event.target
  if (!isTextField(field) || event.inputType !== 'insertText' || event.isComposing) return
  const typed = event.data ?? ''
  if ([...typed].length !== 1 || field.selectionStart === null) return
  const before = field.value.slice(Math.max(0, field.selectionStart - 40), field.selectionStart)
  const direction = getComputedStyle(field).direction === 'ltr' ? 'ltr' : 'rtl'
  const replacement = typedInField(typed, before, direction, settings, field.dataset.typography as FieldTyping)
  if (replacement === null || replacement === typed) return
  event.preventDefault()
  // execCommand is the only way to insert text that joins the field's undo
  // history; where it is refused the value is set and announced by hand.
  if (document.execCommand('insertText', false, replacement)) return
  const { selectionStart: start, selectionEnd: end } = field
  field.setRangeText(replacement, start ?? 0, end ?? 0, 'end')
  field.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * While the article is open, every field marked with `typedAs` (headline,
 * kicker, dek, dateline, captions, credits, attributions, the slug) types in
 * the newsroom's digits, quotes and punctuation like the body. One listener on
 * the document, so node-view fields inside the body are covered as well.
 */
export function useFieldTypography(settings: TypographySettings): void {
  const current = useRef(settings)
  useEffect(() => {
    current.current = settings
  }, [settings])
  useEffect(() => {
    const listener = (event: InputEvent) => onBeforeInput(event, current.current)
    document.addEventListener('beforeinput', listener, true)
    return () => document.removeEventListener('beforeinput', listener, true)
  }, [])
}
