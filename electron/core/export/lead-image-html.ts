import type { Article } from '../../../shared/article/article'
import { exportedImagePath } from '../../../shared/schema/figure'
import { escapeAttribute, escapeText } from './html-escape'

/**
 * The chosen lead image, shown under the header like a print front: its
 * caption and credit in a figcaption, written only when the article has them.
 */
export function leadImageFigure(article: Article): string {
  const lead = article.meta.leadImage
  if (!lead) return ''
  const caption = lead.caption.trim()
  const credit = lead.credit.trim()
  const parts = [
    caption ? `<span data-role="caption">${escapeText(caption)}</span>` : '',
    credit ? `<span class="credit">${escapeText(credit)}</span>` : ''
  ].filter(Boolean)
  return [
    '<figure class="lead-image">',
    `<img src="${escapeAttribute(exportedImagePath(lead.mediaId))}" alt="${escapeAttribute(lead.alt.trim())}">`,
    parts.length > 0 ? `<figcaption>${parts.join(' ')}</figcaption>` : '',
    '</figure>'
  ]
    .filter(Boolean)
    .join('\n')
}
