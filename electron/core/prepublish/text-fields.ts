import type { FindingLocation, MetaField, TextRange } from '../../../shared/prepublish/finding'
import { bodyBlocks, blockText, excerptAround, isTextBlock } from './body-blocks'
import type { CheckInput } from './check-input'

/** A piece of copy the typography rules read: a body block's text or a field's value. */
export interface TextField {
  text: string
  /** Per UTF-16 unit: whether it sits in a run marked as English or French. */
  latinRun: boolean[]
  /** Set left to right as a whole (an English quote, a slug in Latin letters). */
  ltr: boolean
  /** Where a finding about these characters of the text is. */
  at: (range: TextRange) => FindingLocation
}

const plain = (text: string): boolean[] => Array.from({ length: text.length }, () => false)

function metaField(field: MetaField, text: string, ltr = false): TextField {
  return { text, latinRun: plain(text), ltr, at: (range) => ({ kind: 'meta', field, range }) }
}

/** The fields a body block carries beside its running text, by the name the editor gives them. */
const blockFields: Record<string, readonly ('caption' | 'credit' | 'attribution')[]> = {
  figure: ['caption', 'credit'],
  quote: ['attribution'],
  pullQuote: ['attribution']
}

/**
 * Every piece of copy a reader will see, in the order it sits on screen: the
 * header fields, the lead image's caption and credit, the slug, then the body —
 * its paragraphs and subheadings, and the captions, credits and attributions
 * its blocks carry.
 */
export function textFields({ meta, body }: Pick<CheckInput, 'meta' | 'body'>): TextField[] {
  const fields: TextField[] = [
    metaField('kicker', meta.kicker),
    metaField('headline', meta.headline),
    metaField('dek', meta.dek),
    metaField('dateline', meta.dateline)
  ]
  if (meta.leadImage) fields.push(metaField('leadImage.caption', meta.leadImage.caption), metaField('leadImage.credit', meta.leadImage.credit))
  fields.push(metaField('slug', meta.slug, meta.slugScript === 'latin'))
  for (const { node, path, ltr } of bodyBlocks(body)) {
    if (isTextBlock(node)) {
      const { text, latinRun } = blockText(node)
      fields.push({ text, latinRun, ltr, at: (range) => ({ kind: 'body', path, excerpt: excerptAround(text, range.from), range }) })
      continue
    }
    for (const part of blockFields[node.type] ?? []) {
      const value = node.attrs?.[part]
      if (typeof value !== 'string' || !value) continue
      fields.push({ text: value, latinRun: plain(value), ltr, at: (range) => ({ kind: 'body', path, excerpt: excerptAround(value, range.from), part, range }) })
    }
  }
  return fields
}
