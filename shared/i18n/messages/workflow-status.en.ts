import type { workflowStatusAr } from './workflow-status.ar'

export const workflowStatusEn: Record<keyof typeof workflowStatusAr, string> = {
  'status.draft': 'Draft',
  'status.in_review': 'In review',
  'status.approved': 'Approved',
  'status.published': 'Published'
}
