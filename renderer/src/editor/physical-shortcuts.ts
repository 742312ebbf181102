export type EditorShortcut = 'bold' | 'italic' | 'link' | 'undo' | 'redo'

type KeyPress = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

/**
 * Shortcuts by physical key (ARABIC.md): with the Arabic layout active,
 * Ctrl+B reports `key` "لا" but `code` "KeyB", so Tiptap's key-based bindings
 * would miss it. Ctrl on Windows and Linux, ⌘ on macOS; AltGr (Ctrl+Alt)
 * combinations type characters on some layouts and are left alone.
 */
export function shortcutFor(press: KeyPress): EditorShortcut | null {
  if (press.altKey || press.ctrlKey === press.metaKey) return null
  switch (press.code) {
    case 'KeyB':
      return press.shiftKey ? null : 'bold'
    case 'KeyI':
      return press.shiftKey ? null : 'italic'
    case 'KeyK':
      return press.shiftKey ? null : 'link'
    case 'KeyZ':
      return press.shiftKey ? 'redo' : 'undo'
    case 'KeyY':
      return press.shiftKey ? null : 'redo'
    default:
      return null
  }
}
