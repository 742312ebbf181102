import { z } from 'zod'

/**
 * Where an article is in the newsroom's workflow. The order is the usual path
 * (a reporter drafts, an editor reviews and approves, the web desk publishes),
 * but an editor may send an article back at any step, so every status can
 * follow every other: the app records the desk's decision, it does not police it.
 */
export const articleStatuses = ['draft', 'in_review', 'approved', 'published'] as const
export const ArticleStatus = z.enum(articleStatuses)
export type ArticleStatus = z.infer<typeof ArticleStatus>

export const defaultArticleStatus: ArticleStatus = 'draft'
