import { z } from 'zod'
import { ArticleSummary } from './article'
import { ArticleStatus } from './status'

/** The most rows one call returns: the library asks for a screenful or two at a time. */
export const LIBRARY_PAGE_MAX = 500

/** A slice of the library, newest edit first, optionally at one workflow status. */
export const LibraryPageRequest = z
  .object({
    status: ArticleStatus.optional(),
    offset: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).default(0),
    limit: z.number().int().positive().max(LIBRARY_PAGE_MAX).default(100)
  })
  .strict()
export type LibraryPageRequest = z.input<typeof LibraryPageRequest>

/** How many articles the whole library holds, and at each status. */
export const LibraryCounts = z.object({
  all: z.number().int().nonnegative(),
  draft: z.number().int().nonnegative(),
  in_review: z.number().int().nonnegative(),
  approved: z.number().int().nonnegative(),
  published: z.number().int().nonnegative()
})
export type LibraryCounts = z.infer<typeof LibraryCounts>

export const LibraryPage = z.object({
  articles: z.array(ArticleSummary),
  offset: z.number().int().nonnegative(),
  /** How many articles the request's status holds: the length of the whole list this page is part of. */
  total: z.number().int().nonnegative(),
  counts: LibraryCounts
})
export type LibraryPage = z.infer<typeof LibraryPage>
