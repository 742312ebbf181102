import type { ArticleStatus } from '../../../shared/article/status'

/** The word the desk uses for each workflow status, as a message key (shared with the CLI). */
export const statusLabelKey = {
  draft: 'status.draft',
  in_review: 'status.in_review',
  approved: 'status.approved',
  published: 'status.published'
} as const satisfies Record<ArticleStatus, string>
