import type { Finding } from '../../../../shared/prepublish/finding'
import { finding, type Rule } from '../check-input'

/**
 * The lead image is a figure too: it needs alt text, and a caption needs a
 * credit. Having none is only a warning: link previews then take the body's
 * first figure, or show no picture.
 */
export const leadImageRule: Rule = ({ meta }) => {
  const lead = meta.leadImage
  if (!lead) return [finding('lead_image_missing', { kind: 'meta', field: 'leadImage' })]
  const found: Finding[] = []
  if (!lead.alt.trim()) found.push(finding('figure_alt_missing', { kind: 'meta', field: 'leadImage.alt' }))
  if (lead.caption.trim() && !lead.credit.trim()) found.push(finding('caption_credit_missing', { kind: 'meta', field: 'leadImage.credit' }))
  return found
}
