import type { FigureAttrs } from '../../../../shared/schema/figure'
import { bodyBlocks } from '../body-blocks'
import { finding, type Rule } from '../check-input'
import type { Finding } from '../../../../shared/prepublish/finding'

const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

/**
 * Body figures: a figure still waiting for its picture, a picture with no alt
 * text (a screen reader would say nothing), and a caption with no credit (the
 * agency or photographer must be named).
 */
export const bodyFiguresRule: Rule = ({ body }) => {
  const found: Finding[] = []
  for (const { node, path } of bodyBlocks(body)) {
    if (node.type !== 'figure') continue
    const attrs = (node.attrs ?? {}) as Partial<FigureAttrs>
    const excerpt = (filled(attrs.caption) ? attrs.caption! : filled(attrs.alt) ? attrs.alt! : '').trim().slice(0, 80)
    if (!filled(attrs.mediaId)) found.push(finding('figure_image_missing', { kind: 'body', path, excerpt, part: 'image' }))
    if (!filled(attrs.alt)) found.push(finding('figure_alt_missing', { kind: 'body', path, excerpt, part: 'alt' }))
    if (filled(attrs.caption) && !filled(attrs.credit)) found.push(finding('caption_credit_missing', { kind: 'body', path, excerpt, part: 'credit' }))
  }
  return found
}
