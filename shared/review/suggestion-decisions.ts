import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import { applySuggestion, applySuggestions, revertSuggestion, revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes'

/** Accepting keeps what was suggested; rejecting keeps what stood before. */
export type SuggestionDecision = 'accept' | 'reject'

/** Which suggestions a decision takes: every one, or these. */
export type SuggestionChoice = { all: true } | { ids: readonly string[] }

/**
 * The body with the decision made on the chosen suggestions, and the others
 * left as they are. Made through the suggest-changes library's own commands,
 * so a decision here is exactly the one the editor's buttons make.
 */
export function decideSuggestions(doc: ProseMirrorNode, decision: SuggestionDecision, choice: SuggestionChoice): ProseMirrorNode {
  let state = EditorState.create({ doc })
  const dispatch = (tr: Transaction) => {
    state = state.apply(tr)
  }
  if ('all' in choice) {
    if (decision === 'accept') applySuggestions(state, dispatch)
    else revertSuggestions(state, dispatch)
    return state.doc
  }
  for (const id of choice.ids) {
    if (decision === 'accept') applySuggestion(id)(state, dispatch)
    else revertSuggestion(id)(state, dispatch)
  }
  return state.doc
}
