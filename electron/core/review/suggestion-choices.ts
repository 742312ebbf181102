import type * as Y from 'yjs'
import { MidadError } from '../../../shared/contract/errors'
import { readBody, writeBody } from '../../../shared/document/article-document'
import { pendingSuggestions, type PendingSuggestion } from '../../../shared/review/pending-suggestions'
import { decideSuggestions, type SuggestionDecision } from '../../../shared/review/suggestion-decisions'
import { recordDecisions, suggestionAuthor, type DecisionRecord } from '../../../shared/review/suggestion-records'
import type { SuggestionPick, SuggestionView } from '../../../shared/review/review-views'
import { bodyNode } from '../documents/document-from-article'

/** The records keep this much of each side of a suggestion (their schema's bound). */
const KEPT_TEXT = 20_000

/** Every suggestion waiting for a decision, in reading order, with who made it. */
export function suggestionViews(doc: Y.Doc): SuggestionView[] {
  return pendingSuggestions(bodyNode(readBody(doc))).map((suggestion) => ({ ...suggestion, author: suggestionAuthor(doc, suggestion.id) }))
}

function chosen(doc: Y.Doc, pending: PendingSuggestion[], pick: SuggestionPick): PendingSuggestion[] {
  if ('all' in pick) return pending
  if ('by' in pick) return pending.filter((suggestion) => suggestionAuthor(doc, suggestion.id)?.by === pick.by)
  const one = pending.find((suggestion) => suggestion.id === pick.suggestion)
  if (!one) throw new MidadError('suggestion_not_found', { suggestion: pick.suggestion })
  return [one]
}

/**
 * Makes the decision on the chosen suggestions in the body, through the
 * suggest-changes library's own commands (the editor's buttons do the same),
 * and records one decision per suggestion, with both its texts and who had
 * suggested it: the marks are gone after it, the record stays for the
 * history. An unknown suggestion is refused before anything is written.
 */
export function decide(doc: Y.Doc, decision: SuggestionDecision, pick: SuggestionPick, by: string, at: string): DecisionRecord[] {
  const body = bodyNode(readBody(doc))
  const taken = chosen(doc, pendingSuggestions(body), pick)
  if (taken.length === 0) return []
  writeBody(doc, decideSuggestions(body, decision, 'all' in pick ? { all: true } : { ids: taken.map((suggestion) => suggestion.id) }))
  const records = taken.map((suggestion) => ({
    suggestion: suggestion.id,
    decision,
    by,
    at,
    inserted: suggestion.inserted.slice(0, KEPT_TEXT),
    deleted: suggestion.deleted.slice(0, KEPT_TEXT),
    suggestedBy: suggestionAuthor(doc, suggestion.id)?.by ?? null
  }))
  recordDecisions(doc, records)
  return records
}
