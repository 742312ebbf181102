import { z } from 'zod'
import { ArticleId } from '../article/article'
import { StatusChange } from '../article/status'
import { COMMENT_TEXT_MAX, QUOTE_MAX } from './review-threads'

/**
 * Review as the contract carries it: comment threads, suggestions, the
 * decisions made on them and mentions, as the back side reads them from the
 * article's document. People are named by id; the desk asks findPeople for
 * their names and colours.
 */

const PersonRef = z.string().min(1).max(64)

/** One comment of a thread; the first opened it. */
export const ThreadReplyView = z.object({
  id: z.string(),
  by: PersonRef,
  at: z.string(),
  text: z.string(),
  /** The people it mentions (@Name), by id. */
  mentions: z.array(PersonRef),
  editedAt: z.string().optional()
})
export type ThreadReplyView = z.infer<typeof ThreadReplyView>

export const CommentThreadView = z.object({
  id: z.string(),
  /** The words it was first about. */
  quote: z.string(),
  by: PersonRef,
  at: z.string(),
  resolved: z.boolean(),
  /**
   * Whether any of its words are still in the text. A thread whose words were
   * all deleted is detached: still listed, with the words it was about.
   */
  anchored: z.boolean(),
  /** The words under its anchor now; the quote when detached. */
  words: z.string(),
  replies: z.array(ThreadReplyView)
})
export type CommentThreadView = z.infer<typeof CommentThreadView>

/** A new comment: on the first place the quoted words occur, within one block. */
export const NewComment = z.object({
  quote: z.string().max(QUOTE_MAX),
  text: z.string().trim().min(1).max(COMMENT_TEXT_MAX)
})
export type NewComment = z.infer<typeof NewComment>

export const SuggestionView = z.object({
  id: z.string(),
  /** Words it would add and take away; either may be empty. */
  inserted: z.string(),
  deleted: z.string(),
  /** Whole blocks it adds, removes or changes, by node type. */
  blocks: z.array(z.string()),
  changesFormat: z.boolean(),
  /** The kind of block it starts in (paragraph, heading, listItem…). */
  place: z.string(),
  /** Who suggested it and when; null when nobody was recorded. */
  author: z.object({ by: PersonRef, at: z.string() }).nullable()
})
export type SuggestionView = z.infer<typeof SuggestionView>

export const SuggestionDecision = z.enum(['accept', 'reject'])

/** Which suggestions a decision takes: every one, one by its id, or every one a person suggested. */
export const SuggestionPick = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ suggestion: z.string().min(1).max(64) }).strict(),
  z.object({ by: PersonRef }).strict()
])
export type SuggestionPick = z.infer<typeof SuggestionPick>

export const DecisionView = z.object({
  suggestion: z.string(),
  decision: SuggestionDecision,
  by: PersonRef,
  at: z.string(),
  inserted: z.string(),
  deleted: z.string(),
  suggestedBy: PersonRef.nullable()
})
export type DecisionView = z.infer<typeof DecisionView>

export const DecidedSuggestions = z.object({
  decided: z.array(DecisionView),
  // Only when the decision changed the status: accepting words into an approved text sends it back to review.
  statusChange: StatusChange.optional()
})
export type DecidedSuggestions = z.infer<typeof DecidedSuggestions>

/** One suggestion accepted on one desk and rejected on another before either saw the other's decision. */
export const DecisionConflictView = z.object({ suggestion: z.string(), accepted: DecisionView, rejected: DecisionView })

export const ReviewHistory = z.object({
  /** Every decision made on the article's suggestions, oldest first. */
  decisions: z.array(DecisionView),
  conflicts: z.array(DecisionConflictView)
})
export type ReviewHistory = z.infer<typeof ReviewHistory>

/** A comment, in any article, that mentions the person at this desk. */
export const MentionView = z.object({
  articleId: ArticleId,
  headline: z.string(),
  thread: z.string(),
  reply: z.string(),
  text: z.string(),
  by: PersonRef,
  at: z.string(),
  resolved: z.boolean()
})
export type MentionView = z.infer<typeof MentionView>
