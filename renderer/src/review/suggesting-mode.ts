import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { suggestingTransaction } from '../../../shared/review/suggesting'
import { suggestionIdsIn } from './suggestion-ids-in'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestingMode: {
      /** Edits become suggestions (true) or go straight into the text (false). */
      setSuggesting: (on: boolean) => ReturnType
    }
  }
}

const suggestingKey = new PluginKey<boolean>('midad-suggesting')

/** Set on a transaction that must reach the text as it is, even while suggesting: a decision, a comment's anchor. */
export const AS_IS = 'midad-as-is'

export const isSuggesting = (state: EditorState): boolean => suggestingKey.getState(state) ?? false

const fromElsewhere = (tr: Transaction): boolean => {
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined
  // Words drawn from the document (another desk, a restore) and undo or redo are never this person's new suggestion.
  return sync?.isChangeOrigin === true || sync?.isUndoRedoOperation === true
}

export interface SuggestingModeOptions {
  /** Told the ids of the suggestions an edit made, so their author can be named in the document. */
  onSuggested: (ids: string[]) => void
  /** True when the suggestion is this person's own: their next key in the same field carries it on. */
  isMine: (id: string) => boolean
}

/**
 * Suggesting mode: while it is on, every change this person makes to the body
 * is turned into a suggestion before it is applied (the suggest-changes
 * library marks what would go and what would come instead of changing the
 * text), through the editor's own transaction hook.
 */
export const SuggestingMode = Extension.create<SuggestingModeOptions>({
  name: 'suggestingMode',

  addOptions: () => ({ onSuggested: () => undefined, isMine: () => false }),

  addProseMirrorPlugins() {
    return [
      new Plugin<boolean>({
        key: suggestingKey,
        state: {
          init: () => false,
          apply: (tr, on) => {
            const asked = tr.getMeta(suggestingKey) as boolean | undefined
            return asked ?? on
          }
        }
      })
    ]
  },

  addCommands() {
    return {
      setSuggesting:
        (on) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestingKey, on).setMeta(AS_IS, true)
          return true
        }
    }
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state
    if (!transaction.docChanged || !isSuggesting(state) || transaction.getMeta(AS_IS) || fromElsewhere(transaction)) {
      next(transaction)
      return
    }
    const suggested = suggestingTransaction(transaction, state, this.options.isMine)
    next(suggested)
    const ids = suggestionIdsIn(suggested)
    if (ids.length > 0) this.options.onSuggested(ids)
  }
})
