import { Extension, type Editor } from '@tiptap/core'
import { Plugin, type EditorState, type Transaction } from '@tiptap/pm/state'
import { ReplaceStep } from '@tiptap/pm/transform'
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap'

interface UndoManagerLike {
  stopCapturing(): void
  clear(): void
}

const undoManagerIn = (state: EditorState): UndoManagerLike | undefined =>
  (yUndoPluginKey.getState(state) as { undoManager?: UndoManagerLike } | undefined)?.undoManager

/**
 * Empties the body's undo and redo: after a revision is restored, the steps
 * typed before it no longer apply to the text on screen (the restore itself
 * is undone by restoring the revision before it).
 */
export function forgetBodyUndo(editor: Editor): void {
  if (editor.isDestroyed) return
  undoManagerIn(editor.state)?.clear()
}

/** Typing (text put in or taken out) runs together into one undo step; anything else is a step of its own. */
const isTyping = (tr: Transaction) => tr.steps.every((step) => step instanceof ReplaceStep) && !tr.getMeta('paste') && !tr.getMeta('uiEvent')

/**
 * The document's undo joins every change made within half a second into one
 * step, where the journalist expects a direction switched, a heading made or a
 * paste to come back alone, as typing before it stays. A change that is not
 * typing starts a step of its own, and the typing after it starts another.
 */
export const BodyUndoSteps = Extension.create({
  name: 'bodyUndoSteps',

  addProseMirrorPlugins() {
    let lastWasTyping = true
    return [
      new Plugin({
        filterTransaction: (tr, state) => {
          // What the binding draws from the document (another desk, an undo) is no step of this person's.
          if (!tr.docChanged || tr.getMeta(ySyncPluginKey)) return true
          const typing = isTyping(tr)
          if (!typing || !lastWasTyping) undoManagerIn(state)?.stopCapturing()
          lastWasTyping = typing
          return true
        }
      })
    ]
  }
})
