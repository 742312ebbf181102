import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { shortcutFor } from './physical-shortcuts'

export interface PhysicalKeymapOptions {
  /** Ctrl+K: the screen opens its link box. */
  onLink: () => void
}

/**
 * Runs before Tiptap's own key-based bindings (higher priority), so a chord
 * is handled once, by key position, under any keyboard layout.
 */
export const PhysicalKeymap = Extension.create<PhysicalKeymapOptions>({
  name: 'physicalKeymap',
  priority: 1000,

  addOptions() {
    return { onLink: () => {} }
  },

  addProseMirrorPlugins() {
    const editor = this.editor
    const options = this.options
    return [
      new Plugin({
        key: new PluginKey('physicalKeymap'),
        props: {
          handleKeyDown: (_view, event) => {
            switch (shortcutFor(event)) {
              case 'bold':
                return editor.chain().focus().toggleBold().run() || true
              case 'italic':
                return editor.chain().focus().toggleItalic().run() || true
              case 'link':
                options.onLink()
                return true
              case 'undo':
                return editor.commands.undo() || true
              case 'redo':
                return editor.commands.redo() || true
              default:
                return false
            }
          }
        }
      })
    ]
  }
})
