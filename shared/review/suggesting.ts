import type { EditorState, Transaction } from '@tiptap/pm/state'
import { AttrStep } from '@tiptap/pm/transform'
import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes'

/**
 * A new suggestion's id. The library counts from the highest id in the
 * document, which two desks suggesting offline in the same article would both
 * reach: the ids collide when their documents merge. A UUID never does.
 */
export const newSuggestionId = (): string => globalThis.crypto.randomUUID()

/**
 * The suggestion an edit of an attribute carries on: a caption typed key by
 * key is one change of the caption, not one suggestion per key, as long as
 * the change already suggested is this person's own (`isMine`). Someone
 * else's stays theirs, to be decided on its own.
 */
function continuedSuggestion(tr: Transaction, state: EditorState, isMine: (id: string) => boolean): string | null {
  const [step, ...others] = tr.steps
  if (!(step instanceof AttrStep) || others.length > 0) return null
  const changes = (state.doc.nodeAt(step.pos)?.marks ?? []).filter(
    (mark) => mark.type.name === 'modification' && mark.attrs.type === 'attr' && mark.attrs.attrName === step.attr
  )
  const mine = changes.map((mark) => String(mark.attrs.id)).find(isMine)
  return mine ?? null
}

/** The edit `tr` would make, turned into a suggestion of it: deletions marked, insertions marked, nothing removed. */
export function suggestingTransaction(tr: Transaction, state: EditorState, isMine: (id: string) => boolean = () => false): Transaction {
  const continued = continuedSuggestion(tr, state, isMine)
  return transformToSuggestionTransaction(tr, state, () => continued ?? newSuggestionId())
}
