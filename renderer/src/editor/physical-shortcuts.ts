export type EditorShortcut =
  | 'bold'
  | 'italic'
  | 'link'
  | 'undo'
  | 'redo'
  | 'paragraph'
  | 'h2'
  | 'h3'
  | 'bulletList'
  | 'orderedList'
  | 'quote'
  | 'direction'
  | 'latinRun'
  | 'shortcutSheet'
  | 'comment'
  | 'suggesting'

type KeyPress = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

export interface Chord {
  action: EditorShortcut
  /** `KeyboardEvent.code`: the key's position, not the letter it types. */
  code: string
  shift?: boolean
  alt?: boolean
}

/**
 * Every editor shortcut, with Ctrl (⌘ on macOS) held. The shortcut sheet lists
 * this table, so what is shown is what works. Heading chords use Alt with the
 * digit row, as Word and Google Docs do; on that row the Arabic layout's
 * AltGr types nothing a journalist needs.
 */
export const chords: readonly Chord[] = [
  { action: 'bold', code: 'KeyB' },
  { action: 'italic', code: 'KeyI' },
  { action: 'link', code: 'KeyK' },
  { action: 'latinRun', code: 'KeyE', shift: true },
  { action: 'undo', code: 'KeyZ' },
  { action: 'redo', code: 'KeyZ', shift: true },
  { action: 'redo', code: 'KeyY' },
  { action: 'paragraph', code: 'Digit0', alt: true },
  { action: 'h2', code: 'Digit2', alt: true },
  { action: 'h3', code: 'Digit3', alt: true },
  { action: 'orderedList', code: 'Digit7', shift: true },
  { action: 'bulletList', code: 'Digit8', shift: true },
  { action: 'quote', code: 'KeyB', shift: true },
  { action: 'direction', code: 'KeyX', shift: true },
  { action: 'shortcutSheet', code: 'Slash' },
  // As in Google Docs, which many newsrooms still review in.
  { action: 'comment', code: 'KeyM', alt: true },
  { action: 'suggesting', code: 'KeyX', alt: true, shift: true }
]

/**
 * Shortcuts by physical key (docs/arabic-text.md): with the Arabic layout active,
 * Ctrl+B reports `key` "لا" but `code` "KeyB", so Tiptap's key-based bindings
 * would miss it. Ctrl on Windows and Linux, ⌘ on macOS; Ctrl+Alt on a key no
 * chord names is AltGr typing a character and is left alone.
 */
export function shortcutFor(press: KeyPress): EditorShortcut | null {
  if (press.ctrlKey === press.metaKey) return null
  const chord = chords.find((c) => c.code === press.code && !!c.shift === press.shiftKey && !!c.alt === press.altKey)
  return chord?.action ?? null
}

/** How a chord is written on the shortcut sheet, e.g. "Ctrl+Alt+2". */
export function chordLabel(chord: Chord, mac: boolean): string {
  const key = chord.code.replace(/^Key|^Digit/, '').replace('Slash', '/')
  return [mac ? '⌘' : 'Ctrl', chord.shift ? 'Shift' : null, chord.alt ? (mac ? '⌥' : 'Alt') : null, key].filter(Boolean).join('+')
}
