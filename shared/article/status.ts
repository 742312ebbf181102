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

/**
 * Why a status changed: chosen by someone (the app's select, `midad status`),
 * an approved or published text edited and so sent back to review, or found
 * already set when the history began (its time is then the article's last edit).
 */
export const statusChangeReasons = ['set', 'edited_after_approval', 'migrated'] as const
export const StatusChangeReason = z.enum(statusChangeReasons)
export type StatusChangeReason = z.infer<typeof StatusChangeReason>

/** One entry of an article's status history; `from` is null when it was not recorded. */
export const StatusChange = z.object({
  from: ArticleStatus.nullable(),
  to: ArticleStatus,
  changedAt: z.string(),
  reason: StatusChangeReason
})
export type StatusChange = z.infer<typeof StatusChange>

/**
 * The statuses that vouch for the text: an editor approved it, or it went out.
 * Changing the words of such an article sends it back to review, so what the
 * web desk publishes is always what someone approved.
 */
export const vouchesForText = (status: ArticleStatus): boolean => status === 'approved' || status === 'published'

/** Where an approved text goes when its words change. */
export const statusAfterEditOfApprovedText: ArticleStatus = 'in_review'
