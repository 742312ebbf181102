import type { ArticleBody, BodyNode } from '../../../../shared/article/body'

/** A unit of the body a reader compares: its kind and its words. */
export interface BodyBlock {
  kind: string
  text: string
}

function textOf(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(textOf).join('')
}

const attr = (node: BodyNode, name: string): string => {
  const value = node.attrs?.[name]
  return typeof value === 'string' ? value : ''
}

// A list is compared item by item and a table row by row, so one changed item
// does not mark the whole list; a figure and a quote carry words in their
// attributes (caption, credit, attribution), which are part of the story too.
function collect(node: BodyNode, out: BodyBlock[]): void {
  switch (node.type) {
    case 'bulletList':
    case 'orderedList':
    case 'table':
      for (const child of node.content ?? []) collect(child, out)
      return
    case 'listItem':
      out.push({ kind: 'listItem', text: (node.content ?? []).map(textOf).join('\n') })
      return
    case 'tableRow':
      out.push({ kind: 'tableRow', text: (node.content ?? []).map(textOf).join(' | ') })
      return
    case 'figure':
      out.push({ kind: 'figure', text: [attr(node, 'caption'), attr(node, 'credit')].filter(Boolean).join(' — ') })
      return
    case 'quote':
    case 'pullQuote': {
      const attribution = attr(node, 'attribution')
      out.push({ kind: node.type, text: [(node.content ?? []).map(textOf).join('\n'), attribution].filter(Boolean).join(' — ') })
      return
    }
    case 'relatedArticles':
      out.push({ kind: node.type, text: (Array.isArray(node.attrs?.articles) ? node.attrs.articles : []).map((entry) => String((entry as { headline?: unknown }).headline ?? '')).join(' · ') })
      return
    default:
      out.push({ kind: node.type, text: textOf(node) })
  }
}

export function bodyBlocks(body: ArticleBody): BodyBlock[] {
  const out: BodyBlock[] = []
  for (const node of body.content ?? []) collect(node, out)
  return out
}
