import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

/**
 * Alt+F10 takes the keyboard from the body to the toolbar, as in Word's and
 * most editors' toolbars. Inside a table it is the only way there: Tab and
 * Shift+Tab move between cells. In a table the table's own tools come first;
 * the caret stays where it was, so the tool acts on that cell.
 */
export const ToolbarKey = Extension.create({
  name: 'toolbarKey',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('toolbarKey'),
        props: {
          handleKeyDown: (view, event) => {
            if (event.key !== 'F10' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false
            const section = view.dom.closest('.body-section') ?? view.dom.ownerDocument
            const target =
              section.querySelector<HTMLButtonElement>('[data-testid="table-tools"] button:not(:disabled)') ??
              section.querySelector<HTMLButtonElement>('[role="toolbar"] button:not(:disabled)')
            if (!target) return false
            event.preventDefault()
            target.focus()
            return true
          }
        }
      })
    ]
  }
})
