import { z } from 'zod'
import { MAX_BUNDLE_BYTES } from './bundle-views'

const fileName = z.string().min(1).max(255)

/**
 * A `.midad` file the system handed the app (opened with Midad, double-clicked,
 * named on the command line): its bytes for the window to preview as if it were
 * picked, or why they could not be read.
 */
export const OpenedBundle = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), fileName, dataBase64: z.string().max(Math.ceil((MAX_BUNDLE_BYTES * 4) / 3) + 4) }).strict(),
  z.object({ kind: z.literal('unreadable'), fileName }).strict(),
  z.object({ kind: z.literal('too_large'), fileName }).strict()
])
export type OpenedBundle = z.infer<typeof OpenedBundle>
