import type { ArticleStatus } from '../../../shared/article/status'

/** The word the desk uses for each workflow status, as a message key. */
export const statusLabelKey = {
  draft: 'workflow.draft',
  in_review: 'workflow.in_review',
  approved: 'workflow.approved',
  published: 'workflow.published'
} as const satisfies Record<ArticleStatus, string>
