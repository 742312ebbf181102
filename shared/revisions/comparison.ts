import { z } from 'zod'

/** A run of words in a compared block: kept, added or taken out. */
export const DiffSpan = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
  /** Only harakat or typography (quotes, digits, commas, tatweel) differ from its counterpart: a change a reader can hide. */
  minor: z.boolean()
})
export type DiffSpan = z.infer<typeof DiffSpan>

/** One block of the body (a paragraph, a heading, a list item, a table row, a figure's words) and how it changed. */
export const ComparedBlock = z.object({
  change: z.enum(['equal', 'changed', 'added', 'removed', 'moved']),
  /** The block's node type: paragraph, heading, listItem, tableRow, figure, quote… */
  kind: z.string(),
  spans: z.array(DiffSpan)
})
export type ComparedBlock = z.infer<typeof ComparedBlock>

/** A metadata field whose value differs, each side as one line of text. */
export const MetaChange = z.object({ field: z.string(), from: z.string(), to: z.string() })
export type MetaChange = z.infer<typeof MetaChange>

export const Comparison = z.object({
  blocks: z.array(ComparedBlock),
  meta: z.array(MetaChange),
  wordsAdded: z.number().int().nonnegative(),
  wordsRemoved: z.number().int().nonnegative()
})
export type Comparison = z.infer<typeof Comparison>

/** The present, as the `to` (or `from`) of a comparison. */
export const NOW = 'now'

/** Two moments of an article compared: revision ids, or `now`. */
export const RevisionComparison = Comparison.extend({ from: z.string(), to: z.string() })
export type RevisionComparison = z.infer<typeof RevisionComparison>
