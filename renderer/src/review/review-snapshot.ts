import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type * as Y from 'yjs'
import { commentAnchors } from '../../../shared/review/comment-anchors'
import { quotedWords } from '../../../shared/review/quoted-characters'
import { pendingSuggestions, type PendingSuggestion } from '../../../shared/review/pending-suggestions'
import { readThreads, type CommentThread } from '../../../shared/review/review-threads'
import { decisionConflicts, readDecisions, suggestionAuthor, type DecisionConflict, type DecisionRecord } from '../../../shared/review/suggestion-records'

/** A thread as the panel draws it: where its words are now, or that they are gone. */
export interface ShownThread extends CommentThread {
  anchored: boolean
  /** The words under its anchor now; the words it was first about once detached. */
  words: string
  from: number | null
}

export interface ShownSuggestion extends PendingSuggestion {
  by: string | null
  at: string | null
}

export interface ReviewSnapshot {
  /** False until the body has been read once: an article opening is not held up by its review. */
  loaded: boolean
  threads: ShownThread[]
  suggestions: ShownSuggestion[]
  decisions: DecisionRecord[]
  conflicts: DecisionConflict[]
}

export const emptyReview: ReviewSnapshot = { loaded: false, threads: [], suggestions: [], decisions: [], conflicts: [] }

/** Everything review shows, read from the document's records and the body on screen. */
export function readReview(doc: Y.Doc, body: ProseMirrorNode): ReviewSnapshot {
  const anchors = commentAnchors(body)
  // Read as core reads them: from the quoted characters where they were
  // recorded (a merge can carry a mark past its words), from the mark alone
  // otherwise; the mark still says where to take the person.
  const recorded = quotedWords(doc)
  const threads = readThreads(doc).map((thread): ShownThread => {
    const anchor = anchors.get(thread.id)
    const words = recorded.has(thread.id) ? recorded.get(thread.id)! : (anchor?.words ?? '')
    return words !== ''
      ? { ...thread, anchored: true, words, from: anchor?.from ?? null }
      : { ...thread, anchored: false, words: thread.quote, from: null }
  })
  // Threads in reading order; detached ones after them, oldest first.
  threads.sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity))
  const suggestions = pendingSuggestions(body).map((suggestion): ShownSuggestion => {
    const author = suggestionAuthor(doc, suggestion.id)
    return { ...suggestion, by: author?.by ?? null, at: author?.at ?? null }
  })
  const decisions = readDecisions(doc)
  return { loaded: true, threads, suggestions, decisions, conflicts: decisionConflicts(decisions) }
}
