import { z } from 'zod'
import { ArticleMeta } from './meta'
import { ArticleBody } from './body'
import { ArticleStatus } from './status'

// Ids are UUIDs, stored in lower case; one copied in capitals (from a log, a
// spreadsheet) names the same article.
export const ArticleId = z.string().toLowerCase().uuid()

/** An article as stored: metadata, Tiptap body, and the revision it is at. */
export const Article = z.object({
  id: ArticleId,
  meta: ArticleMeta,
  body: ArticleBody,
  /** Workflow status; changing it is not an edit of the text, so it has no revision of its own. */
  status: ArticleStatus,
  version: z.number().int().positive(),
  wordCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Article = z.infer<typeof Article>

export const ArticleSummary = z.object({
  id: ArticleId,
  headline: z.string(),
  section: z.string(),
  status: ArticleStatus,
  wordCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Comment threads nobody has resolved yet, whether their words are still there or not. */
  openThreads: z.number().int().nonnegative(),
  /** Suggestions in the body still waiting for a decision. */
  pendingSuggestions: z.number().int().nonnegative()
})
export type ArticleSummary = z.infer<typeof ArticleSummary>
