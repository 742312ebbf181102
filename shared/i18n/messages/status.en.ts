import type { statusAr } from './status.ar'

export const statusEn: Record<keyof typeof statusAr, string> = {
  'status.draft': 'Draft',
  'status.in_review': 'In review',
  'status.approved': 'Approved',
  'status.published': 'Published'
}
