import type { ArticleBody, BodyNode } from '../../../shared/article/body'

export interface BodyFigure {
  mediaId: string
  caption: string
  credit: string
  alt: string
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** The figures of a body that have a picture, once each, in reading order. */
export function bodyFigures(body: ArticleBody): BodyFigure[] {
  const found = new Map<string, BodyFigure>()
  const visit = (node: BodyNode) => {
    const mediaId = node.attrs?.mediaId
    if (node.type === 'figure' && typeof mediaId === 'string' && mediaId && !found.has(mediaId)) {
      found.set(mediaId, { mediaId, caption: text(node.attrs?.caption), credit: text(node.attrs?.credit), alt: text(node.attrs?.alt) })
    }
    node.content?.forEach(visit)
  }
  body.content?.forEach(visit)
  return [...found.values()]
}
