import { randomUUID } from 'node:crypto'
import { MidadError } from '../../../shared/contract/errors'
import type { Person } from '../../../shared/people/person'
import { COMMENT_TEXT_MAX, QUOTE_MAX } from '../../../shared/review/review-threads'
import type { SuggestionDecision } from '../../../shared/review/suggestion-decisions'
import { decisionConflicts, readDecisions } from '../../../shared/review/suggestion-records'
import type {
  CommentThreadView,
  DecidedSuggestions,
  MentionView,
  ReviewHistory,
  SuggestionPick,
  SuggestionView
} from '../../../shared/review/review-views'
import { articleId } from '../articles/articles'
import type { ArticleDocuments } from '../documents/article-documents'
import type { PeopleStore } from '../people/people-store'
import { commentOn, openThreadIds, threadViews } from './comment-threads'
import { mentionedIn } from './mentions'
import type { ReviewRows } from './review-rows'
import { decide, suggestionViews } from './suggestion-choices'

/**
 * Review inside the text: comment threads on the article's words, and the
 * suggestions waiting for a decision. Both live in the article's document,
 * so they travel and merge with it; a comment or a decision made here is an
 * edit of that document by the person at this desk.
 */
export interface Review {
  /** Every comment thread of the article, oldest first, anchored or detached. */
  listCommentThreads(id: string): CommentThreadView[]
  /**
   * Comments on the first place `quote` occurs in the body (within one
   * block), as the person at this desk; `@Name` in the text mentions that
   * person. Refused with comment_quote_empty / comment_quote_not_found,
   * changing nothing.
   */
  addComment(id: string, comment: { quote: string; text: string }): CommentThreadView
  /** Every suggestion waiting for a decision, in reading order, with who made it (null when unknown). */
  listSuggestions(id: string): SuggestionView[]
  /** Accepts or rejects the chosen suggestions as the person at this desk; an unknown one is refused with suggestion_not_found. */
  decideSuggestions(id: string, decision: SuggestionDecision, pick: SuggestionPick): DecidedSuggestions
  /** The decisions made on the article's suggestions, and where two desks decided one both ways. */
  reviewHistory(id: string): ReviewHistory
  /** Comments in any article that mention the person at this desk, newest first. */
  listMentions(): MentionView[]
}

/** What the rest of core asks of review. */
export interface ReviewFacts {
  /** Threads nobody has resolved yet, for the pre-publish check. */
  openThreads(id: string): string[]
}

export interface ReviewOptions {
  clock?: () => Date
}

export function createReview(documents: ArticleDocuments, people: PeopleStore, rows: ReviewRows, options: ReviewOptions = {}): Review & ReviewFacts {
  const now = () => (options.clock ?? (() => new Date()))().toISOString()

  /** A comment or a decision is always somebody's: the desk says who it is first. */
  const deskPerson = (): Person => {
    const person = people.profile()
    if (!person) throw new MidadError('review_needs_profile')
    return person
  }

  return {
    listCommentThreads: (id) => documents.read(articleId(id), threadViews),

    addComment(id, { quote, text }) {
      const written = text.trim()
      if (written === '' || written.length > COMMENT_TEXT_MAX) throw new MidadError('invalid_input', { field: 'text' }, 'comment text')
      if (quote.length > QUOTE_MAX) throw new MidadError('invalid_input', { field: 'quote' }, 'quote too long')
      const person = deskPerson()
      const thread = randomUUID()
      const mentions = mentionedIn(written, people.everyone())
      documents.change(articleId(id), (doc) =>
        commentOn(doc, { thread, reply: randomUUID(), quote, text: written, by: person.id, at: now(), mentions })
      )
      return documents.read(articleId(id), threadViews).find((view) => view.id === thread)!
    },

    listSuggestions: (id) => documents.read(articleId(id), suggestionViews),

    decideSuggestions(id, decision, pick) {
      const person = deskPerson()
      let decided: DecidedSuggestions['decided'] = []
      const saved = documents.change(articleId(id), (doc) => {
        decided = decide(doc, decision, pick, person.id, now())
      })
      return saved.statusChange ? { decided, statusChange: saved.statusChange } : { decided }
    },

    reviewHistory: (id) =>
      documents.read(articleId(id), (doc) => {
        const decisions = readDecisions(doc)
        return { decisions: [...decisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)), conflicts: decisionConflicts(decisions) }
      }),

    listMentions() {
      const person = people.profile()
      if (!person) return []
      // A comment a window posted a moment ago is in its document; its row, and the mentions with it, follow first.
      documents.beforeReadAll()
      return rows.mentionsOf(person.id)
    },

    // The row counts them: a document is read only when some thread is open.
    openThreads: (id) => (rows.openThreadsOf(articleId(id)) === 0 ? [] : documents.read(articleId(id), openThreadIds))
  }
}
