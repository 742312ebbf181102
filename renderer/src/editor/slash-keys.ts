import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

export interface SlashKeysOptions {
  /** Arrow keys, Enter and Escape while the slash menu is open; true when used. */
  onKey: (key: string) => boolean
}

const menuKeys = new Set(['ArrowDown', 'ArrowUp', 'Enter', 'Escape', 'Tab'])

/** Lets the slash menu take its keys before the editor splits or moves. */
export const SlashKeys = Extension.create<SlashKeysOptions>({
  name: 'slashKeys',
  priority: 1100,

  addOptions() {
    return { onKey: () => false }
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin({
        key: new PluginKey('slashKeys'),
        props: {
          handleKeyDown: (_view, event) => {
            if (!menuKeys.has(event.key) || event.ctrlKey || event.metaKey || event.altKey) return false
            if (!options.onKey(event.key)) return false
            event.preventDefault()
            return true
          }
        }
      })
    ]
  }
})
