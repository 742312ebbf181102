import { z } from 'zod'

/**
 * Something the reader of an export should know that the files do not say
 * themselves. A draft exported while suggestions wait shows the text as it
 * stood before anyone suggested (every pending suggestion left out): the
 * desk is told, so nobody mistakes the draft for the text under review.
 * Its words are `export.notice.<code>` in shared/i18n.
 */
export const ExportNotice = z.object({
  code: z.enum(['suggestions_left_out']),
  count: z.number().int().positive()
})
export type ExportNotice = z.infer<typeof ExportNotice>
