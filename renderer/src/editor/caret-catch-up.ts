import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

/** The part of ProseMirror's DOM observer this reaches for (internal, pinned version). */
interface SelectionObserver {
  onSelectionChange(): void
}

const observerOf = (view: EditorView): SelectionObserver | undefined =>
  (view as unknown as { domObserver?: SelectionObserver }).domObserver

/**
 * Keys the editor handles itself (Enter, Backspace, Delete, shortcuts) act on
 * the selection it last read from the page. Chromium reports a caret moved by
 * the browser (End, Ctrl+End, Home, a click) through a selectionchange event
 * queued behind input, and on a loaded laptop the next key can arrive first:
 * Enter split the paragraph where the caret had been, or did nothing after
 * select-all and Ctrl+End. Reading the page's selection before each key, as
 * that late event would, makes every key act where the journalist sees the
 * caret. Nothing happens when the selection is already known.
 */
export const CaretCatchUp = Extension.create({
  name: 'caretCatchUp',
  // Ahead of every keymap (the slash menu's is 1100).
  priority: 10_000,

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caretCatchUp'),
        props: {
          handleKeyDown: (view) => {
            observerOf(view)?.onSelectionChange()
            return false
          }
        }
      })
    ]
  }
})
