import { exportResource } from './export-resource'

type Slot = 'head' | 'style' | 'article'

/**
 * The standalone page around the article (resources/export/page.html). The
 * template is cut at its `{{slot}}` marks before anything is inserted, so a
 * headline that happens to read `{{style}}` (or `$&`) is only ever text.
 */
export function fillPageTemplate(values: Record<Slot, string>): string {
  const pieces = exportResource('page.html').split(/\{\{(head|style|article)\}\}/)
  return pieces.map((piece, index) => (index % 2 === 1 ? values[piece as Slot] : piece)).join('')
}
