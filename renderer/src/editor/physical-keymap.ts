import { Extension, type Editor } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { shortcutFor, type EditorShortcut } from './physical-shortcuts'
import { toggleBlockDirection } from './block-direction-command'

export interface PhysicalKeymapOptions {
  /** Ctrl+K: the screen opens its link box. */
  onLink: () => void
  /** Ctrl+/: the screen shows the shortcut sheet. */
  onShortcutSheet: () => void
  /** Ctrl+Alt+M: a comment on the selected words. */
  onComment: () => void
  /** Ctrl+Shift+Alt+X: between editing and suggesting. */
  onSuggesting: () => void
}

function perform(editor: Editor, action: EditorShortcut, options: PhysicalKeymapOptions): boolean {
  const chain = () => editor.chain().focus()
  switch (action) {
    case 'bold':
      return chain().toggleBold().run()
    case 'italic':
      return chain().toggleItalic().run()
    case 'latinRun':
      return chain().toggleMark('lang', { lang: 'en' }).run()
    case 'link':
      options.onLink()
      return true
    case 'undo':
      return editor.commands.undo()
    case 'redo':
      return editor.commands.redo()
    case 'paragraph':
      return chain().setParagraph().run()
    case 'h2':
      return chain().toggleHeading({ level: 2 }).run()
    case 'h3':
      return chain().toggleHeading({ level: 3 }).run()
    case 'bulletList':
      return chain().toggleBulletList().run()
    case 'orderedList':
      return chain().toggleOrderedList().run()
    case 'quote':
      return chain().toggleQuote().run()
    case 'direction':
      return chain().command(({ state, dispatch }) => toggleBlockDirection(state, dispatch)).run()
    case 'shortcutSheet':
      options.onShortcutSheet()
      return true
    case 'comment':
      options.onComment()
      return true
    case 'suggesting':
      options.onSuggesting()
      return true
  }
}

/**
 * Runs before Tiptap's own key-based bindings (higher priority), so a chord
 * is handled once, by key position, under any keyboard layout. A chord that
 * cannot apply here is still swallowed, so the browser's own meaning of it
 * (Ctrl+Shift+B, the bookmarks bar) never fires from the body.
 */
export const PhysicalKeymap = Extension.create<PhysicalKeymapOptions>({
  name: 'physicalKeymap',
  priority: 1000,

  addOptions() {
    return { onLink: () => {}, onShortcutSheet: () => {}, onComment: () => {}, onSuggesting: () => {} }
  },

  addProseMirrorPlugins() {
    const editor = this.editor
    const options = this.options
    return [
      new Plugin({
        key: new PluginKey('physicalKeymap'),
        props: {
          handleKeyDown: (_view, event) => {
            const action = shortcutFor(event)
            if (!action) return false
            perform(editor, action, options)
            event.preventDefault()
            return true
          }
        }
      })
    ]
  }
})
