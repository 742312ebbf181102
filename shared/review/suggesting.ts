import type { EditorState, Transaction } from '@tiptap/pm/state'
import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes'

/**
 * A new suggestion's id. The library counts from the highest id in the
 * document, which two desks suggesting offline in the same article would both
 * reach: the ids collide when their documents merge. A UUID never does.
 */
export const newSuggestionId = (): string => globalThis.crypto.randomUUID()

/** The edit `tr` would make, turned into a suggestion of it: deletions marked, insertions marked, nothing removed. */
export const suggestingTransaction = (tr: Transaction, state: EditorState): Transaction =>
  transformToSuggestionTransaction(tr, state, newSuggestionId)
