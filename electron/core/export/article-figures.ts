import type { ArticleBody, BodyNode } from '../../../shared/article/body'

export interface ArticleFigure {
  mediaId: string
  alt: string
  caption: string
  credit: string
  width: number | null
  height: number | null
}

const positive = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null

function collect(node: BodyNode, out: ArticleFigure[]): void {
  const mediaId = node.attrs?.mediaId
  if (node.type === 'figure' && typeof mediaId === 'string' && mediaId !== '') {
    out.push({
      mediaId,
      alt: String(node.attrs?.alt ?? ''),
      caption: String(node.attrs?.caption ?? ''),
      credit: String(node.attrs?.credit ?? ''),
      width: positive(node.attrs?.width),
      height: positive(node.attrs?.height)
    })
  }
  for (const child of node.content ?? []) collect(child, out)
}

/** The pictures the body shows, in reading order: the first is the share image. */
export function articleFigures(body: ArticleBody): ArticleFigure[] {
  const out: ArticleFigure[] = []
  for (const node of body.content ?? []) collect(node, out)
  return out
}
