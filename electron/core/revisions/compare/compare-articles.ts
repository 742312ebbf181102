import type { ArticleBody } from '../../../../shared/article/body'
import type { ArticleMeta } from '../../../../shared/article/meta'
import type { Comparison, MetaChange } from '../../../../shared/revisions/comparison'
import { compareBodies } from './compare-bodies'
import { wordsIn } from './word-diff'

/** One side of a comparison: an article's words as a revision or the present hold them. */
export interface ComparedSide {
  meta: ArticleMeta
  body: ArticleBody
  /** The workflow status at that moment, when known. */
  status?: string
}

// The fields a desk reads in a change list, each as one line.
const metaLines: Record<string, (meta: ArticleMeta) => string> = {
  section: (meta) => meta.section,
  kicker: (meta) => meta.kicker,
  headline: (meta) => meta.headline,
  dek: (meta) => meta.dek,
  bylines: (meta) => meta.bylines.join('، '),
  dateline: (meta) => meta.dateline,
  tags: (meta) => meta.tags.join('، '),
  slug: (meta) => meta.slug,
  seoTitle: (meta) => meta.seoTitle,
  seoDescription: (meta) => meta.seoDescription,
  leadImage: (meta) => (meta.leadImage ? [meta.leadImage.mediaId, meta.leadImage.caption, meta.leadImage.credit, meta.leadImage.alt].join(' — ') : '')
}

export function compareArticles(before: ComparedSide, after: ComparedSide): Comparison {
  const meta: MetaChange[] = []
  for (const [field, line] of Object.entries(metaLines)) {
    const [from, to] = [line(before.meta), line(after.meta)]
    if (from !== to) meta.push({ field, from, to })
  }
  if (before.status !== undefined && after.status !== undefined && before.status !== after.status) {
    meta.push({ field: 'status', from: before.status, to: after.status })
  }
  const blocks = compareBodies(before.body, after.body)
  let wordsAdded = 0
  let wordsRemoved = 0
  for (const block of blocks) {
    if (block.change === 'moved') continue
    for (const span of block.spans) {
      if (span.minor || span.op === 'equal') continue
      if (span.op === 'insert') wordsAdded += wordsIn(span.text)
      else wordsRemoved += wordsIn(span.text)
    }
  }
  return { blocks, meta, wordsAdded, wordsRemoved }
}
