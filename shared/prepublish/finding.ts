import { z } from 'zod'

/**
 * What the pre-publish check can say about an article (docs/publishing.md). Errors stop
 * "export for publishing"; warnings are for the desk to weigh.
 */
export const errorRules = [
  'headline_missing',
  'figure_image_missing',
  'figure_alt_missing',
  'caption_credit_missing',
  'heading_empty',
  'article_link_missing',
  'approval_needed',
  'suggestions_pending'
] as const
export const warningRules = [
  'headline_over_target',
  'latin_punctuation',
  'doubled_spaces',
  'unbalanced_quotes',
  'paragraph_long',
  'lead_image_missing',
  'byline_missing',
  'section_missing',
  'mixed_digits',
  'threads_open'
] as const
export const ruleIds = [...errorRules, ...warningRules] as const
export const RuleId = z.enum(ruleIds)
export type RuleId = z.infer<typeof RuleId>

export const Severity = z.enum(['error', 'warning'])
export type Severity = z.infer<typeof Severity>

export const severityOf = (rule: RuleId): Severity => ((errorRules as readonly string[]).includes(rule) ? 'error' : 'warning')

/** Metadata fields a finding can point at; the panel focuses the field's input. */
export const MetaField = z.enum([
  'headline',
  'leadImage',
  'leadImage.alt',
  'leadImage.credit',
  'section',
  'bylines',
  'kicker',
  'dek',
  'dateline',
  'slug',
  'leadImage.caption',
  'status'
])
export type MetaField = z.infer<typeof MetaField>

/**
 * A field of a body block the journalist fills in the block itself: a
 * figure's picture, alt text, caption or credit, a quote's attribution.
 */
export const FigurePart = z.enum(['image', 'alt', 'credit', 'caption', 'attribution'])
export type FigurePart = z.infer<typeof FigurePart>

/**
 * The exact characters a finding is about, as UTF-16 offsets into the text it
 * names: a body block's text (a line break counts one, as in the editor) or
 * the field's value. `from === to` is a place between characters. Findings
 * about a whole block or field (a long paragraph, a missing byline) have none.
 */
export const TextRange = z
  .object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() })
  .strict()
  .refine((range) => range.from <= range.to, { message: 'range ends before it starts' })
export type TextRange = z.infer<typeof TextRange>

/**
 * Where a finding is. A body block is named by its path of child indexes from
 * the document (a paragraph inside a quote is `[4, 1]`), which the editor
 * turns back into a position; the excerpt lets a reader of the CLI find it too.
 * `range`, when given, is within the block's text or, with `part`, within
 * that field of the block.
 */
export const FindingLocation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meta'), field: MetaField, range: TextRange.optional() }).strict(),
  z.object({
    kind: z.literal('body'),
    path: z.array(z.number().int().nonnegative()).min(1).max(32),
    excerpt: z.string().max(200),
    part: FigurePart.optional(),
    range: TextRange.optional()
  }).strict()
])
export type FindingLocation = z.infer<typeof FindingLocation>

/** One finding. Its message is `check.<rule>` in shared/i18n, filled with params. */
export const Finding = z.object({
  rule: RuleId,
  severity: Severity,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  location: FindingLocation
}).strict()
export type Finding = z.infer<typeof Finding>

export const countBySeverity = (findings: readonly Finding[]): Record<Severity, number> => ({
  error: findings.filter((f) => f.severity === 'error').length,
  warning: findings.filter((f) => f.severity === 'warning').length
})
