import { z } from 'zod'
import type * as Y from 'yjs'
import type { SuggestionDecision } from './suggestion-decisions'

/**
 * Who suggested what, and who decided. The suggestion marks carry only an id;
 * their authors and the decisions made on them live in the article's document,
 * so they travel and merge with the words.
 */

const When = z.string().datetime({ offset: true })
const PersonId = z.string().min(1).max(64)
const SuggestionAuthor = z.object({ by: PersonId, at: When })
export type SuggestionAuthor = z.infer<typeof SuggestionAuthor>

const DecisionRecord = z.object({
  suggestion: z.string().min(1).max(64),
  decision: z.enum(['accept', 'reject']),
  by: PersonId,
  at: When,
  /** What the suggestion would have added and taken away, kept for the history after its marks are gone. */
  inserted: z.string().max(20_000),
  deleted: z.string().max(20_000),
  /** Who had suggested it. */
  suggestedBy: PersonId.nullable()
})
export type DecisionRecord = z.infer<typeof DecisionRecord>

const authorsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('suggestionAuthors')
// An array, not a map by suggestion: two desks deciding the same suggestion
// apart must both stay on record, so that the merge can show they disagreed.
const decisionsOf = (doc: Y.Doc): Y.Array<unknown> => doc.getArray('decisions')

/** Names `by` as the author of each suggestion that has none yet. */
export function nameSuggestionAuthors(doc: Y.Doc, ids: readonly string[], by: string, at: string): void {
  const authors = authorsOf(doc)
  const unnamed = ids.filter((id) => !authors.has(id))
  if (unnamed.length === 0) return
  doc.transact(() => {
    for (const id of unnamed) authors.set(id, { by, at })
  })
}

export function suggestionAuthor(doc: Y.Doc, id: string): SuggestionAuthor | null {
  const author = SuggestionAuthor.safeParse(authorsOf(doc).get(id))
  return author.success ? author.data : null
}

export function recordDecisions(doc: Y.Doc, records: readonly DecisionRecord[]): void {
  if (records.length > 0) decisionsOf(doc).push(records.map((record) => ({ ...record })))
}

export function readDecisions(doc: Y.Doc): DecisionRecord[] {
  return decisionsOf(doc)
    .toArray()
    .flatMap((value) => {
      const record = DecisionRecord.safeParse(value)
      return record.success ? [record.data] : []
    })
}

/** A suggestion accepted on one desk and rejected on another before either saw the other's decision. */
export interface DecisionConflict {
  suggestion: string
  accepted: DecisionRecord
  rejected: DecisionRecord
}

/**
 * Conflicting decisions, for the history to flag. Merged, whatever either
 * decision took out of the text stays out: an accepted deletion and a
 * rejected insertion both hold, so a replacement decided both ways leaves
 * neither the old words nor the new. The same on every desk; the records keep
 * both texts, so whoever reads the history sees what each side was.
 */
export function decisionConflicts(decisions: readonly DecisionRecord[]): DecisionConflict[] {
  const bySuggestion = new Map<string, Partial<Record<SuggestionDecision, DecisionRecord>>>()
  for (const record of decisions) {
    const seen = bySuggestion.get(record.suggestion) ?? {}
    seen[record.decision] ??= record
    bySuggestion.set(record.suggestion, seen)
  }
  return [...bySuggestion.entries()].flatMap(([suggestion, seen]) =>
    seen.accept && seen.reject ? [{ suggestion, accepted: seen.accept, rejected: seen.reject }] : []
  )
}
