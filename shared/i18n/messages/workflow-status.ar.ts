// The workflow status names, shared by the app's screens and the command line.
export const workflowStatusAr = {
  'status.draft': 'مسودة',
  'status.in_review': 'قيد المراجعة',
  'status.approved': 'معتمد',
  'status.published': 'منشور'
} as const
