import { z } from 'zod'
import { ArticleStatus } from '../article/status'
import { PersonRole } from '../people/person'

/** Why a revision was recorded. */
export const RevisionKind = z.enum(['named', 'status', 'import', 'restore', 'before_restore', 'before_import', 'closed', 'timed', 'merge'])
export type RevisionKind = z.infer<typeof RevisionKind>

/** Kept for ever; the timed and closing ones thin out with age. */
export const keptForEver = (kind: RevisionKind): boolean => kind === 'named' || kind === 'status' || kind === 'restore' || kind === 'import' || kind === 'before_restore' || kind === 'before_import' || kind === 'merge'

export const LABEL_MAX = 200

/** A revision as the history lists it. */
export const RevisionSummary = z.object({
  id: z.string(),
  at: z.string(),
  /** Who made it; null for a revision recorded before anyone was named on this desk. */
  author: z.object({ id: z.string(), name: z.string(), role: PersonRole, colour: z.string() }).nullable(),
  kind: RevisionKind,
  label: z.string(),
  status: ArticleStatus,
  wordsAdded: z.number().int().nonnegative(),
  wordsRemoved: z.number().int().nonnegative()
})
export type RevisionSummary = z.infer<typeof RevisionSummary>
