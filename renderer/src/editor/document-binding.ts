import { Extension, type Editor } from '@tiptap/core'
import { Plugin } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'

/**
 * How the body is drawn from the article's document.
 *
 * The binding would draw the whole body the moment the view is made, before
 * React mounts the node views, and ProseMirror would then draw it all a
 * second time for them: for a 10,000-word article, two complete DOM builds
 * on every open. The binding is therefore made with a mapping of its own
 * (which tells it not to draw at once), and `drawBodyFromDocument` draws it
 * once the node views are mounted.
 */
export const documentBindingOptions = () => ({ mapping: new Map() })

interface Binding {
  _forceRerender(): void
}

export function drawBodyFromDocument(editor: Editor): void {
  if (editor.isDestroyed) return
  const binding = (ySyncPluginKey.getState(editor.state) as { binding?: Binding } | undefined)?.binding
  binding?._forceRerender()
}

/**
 * What the binding draws from the document (the opening, another desk's
 * words, an undo) was not typed here: no address in it is turned into a link,
 * which would write a change of this person's into words they did not type
 * (and, on opening, build the link extension's address table for the whole
 * article).
 */
export const ArrivingWords = Extension.create({
  name: 'arrivingWords',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        filterTransaction: (tr) => {
          if ((tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin) tr.setMeta('preventAutolink', true)
          return true
        }
      })
    ]
  }
})
