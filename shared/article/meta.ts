import { z } from 'zod'
import { slugScripts } from '../text/slug'

// Metadata a newsroom article carries above its body (docs/publishing.md).
// Limits are generous guards against runaway pastes, not editorial targets.
const line = (max: number) => z.string().max(max)

export const META_LIMITS = {
  section: 120,
  kicker: 200,
  headline: 500,
  dek: 2000,
  byline: 300,
  bylines: 20,
  dateline: 120,
  tag: 100,
  tags: 50,
  slug: 400,
  seoTitle: 300,
  seoDescription: 1000,
  caption: 2000,
  credit: 300,
  alt: 1000
} as const

/**
 * The picture that stands for the article (share image, top of the page). It
 * is chosen explicitly — one of the body's figures or a picture from disk —
 * and carries its own caption, credit and alt text; with none chosen the
 * exporter falls back to the body's first figure for link previews.
 */
export const LeadImage = z.object({
  mediaId: z.string().min(1).max(200),
  caption: line(META_LIMITS.caption),
  credit: line(META_LIMITS.credit),
  alt: line(META_LIMITS.alt),
  /**
   * What the 16×9, 4×3 and 1×1 crops are centred on, as fractions of the
   * picture's width and height from its top left. Absent (every article saved
   * before it existed) means the centre.
   */
  focus: z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).optional()
})
export type LeadImage = z.infer<typeof LeadImage>

export const ArticleMeta = z.object({
  section: line(META_LIMITS.section),
  kicker: line(META_LIMITS.kicker),
  headline: line(META_LIMITS.headline),
  dek: line(META_LIMITS.dek),
  bylines: z.array(line(META_LIMITS.byline)).max(META_LIMITS.bylines),
  dateline: line(META_LIMITS.dateline),
  tags: z.array(line(META_LIMITS.tag)).max(META_LIMITS.tags),
  /** Generated from the headline until the journalist edits it (slugIsCustom). */
  slug: line(META_LIMITS.slug),
  slugIsCustom: z.boolean(),
  slugScript: z.enum(slugScripts),
  /** Empty means "the headline". */
  seoTitle: line(META_LIMITS.seoTitle),
  /** Empty means "the dek, or the lede". */
  seoDescription: line(META_LIMITS.seoDescription),
  leadImage: LeadImage.nullable()
})
export type ArticleMeta = z.infer<typeof ArticleMeta>

export const emptyMeta: ArticleMeta = {
  section: '',
  kicker: '',
  headline: '',
  dek: '',
  bylines: [],
  dateline: '',
  tags: [],
  slug: '',
  slugIsCustom: false,
  slugScript: 'arabic',
  seoTitle: '',
  seoDescription: '',
  leadImage: null
}

/** The bylines a page shows: trimmed, without empty inputs. */
export const namedBylines = (meta: Pick<ArticleMeta, 'bylines'>): string[] =>
  meta.bylines.map((name) => name.trim()).filter(Boolean)

/** The tags a page carries: trimmed, no empties, each once. */
export const distinctTags = (meta: Pick<ArticleMeta, 'tags'>): string[] => [
  ...new Set(meta.tags.map((tag) => tag.trim()).filter(Boolean))
]
