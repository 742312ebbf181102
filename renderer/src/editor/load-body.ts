import type { Editor } from '@tiptap/core'
import type { ArticleBody } from '../../../shared/article/body'

/**
 * Puts the article into an editor that was created empty, once its React
 * content (and with it the node views) is mounted.
 *
 * Tiptap builds an editor's view before React mounts it, then hands the view
 * the React node views, which makes ProseMirror draw the whole document a
 * second time — after reading the selection, which forces the browser to lay
 * the first drawing out. For a 10,000-word article that was two complete DOM
 * builds and an extra full layout on every open. Loaded here, the body is
 * drawn and laid out once.
 *
 * Loading is not an edit: it is kept out of the undo history (undo never
 * empties the article), raises no update (autosave has nothing to send) and
 * is not scanned for addresses to link (the Link extension's autolink would
 * otherwise build its whole address table, ~0.7 MB, on every open, as it did
 * not when the body came with the editor).
 */
export function loadBody(editor: Editor, body: ArticleBody): void {
  if (editor.isDestroyed) return
  editor
    .chain()
    .command(({ tr }) => {
      tr.setMeta('addToHistory', false).setMeta('preventAutolink', true)
      return true
    })
    .setContent(body, { emitUpdate: false })
    .run()
}
