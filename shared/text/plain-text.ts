import type { ArticleBody, BodyNode } from '../article/body'

// Blocks whose text is the article's running copy; figures contribute nothing
// here because captions and credits are not part of the story's word count.
function collect(node: BodyNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.text ?? '')
    return
  }
  if (node.type === 'hardBreak') {
    out.push('\n')
    return
  }
  const isTextBlock = node.type === 'paragraph' || node.type === 'heading'
  if (isTextBlock) {
    const parts: string[] = []
    for (const child of node.content ?? []) collect(child, parts)
    out.push(parts.join(''), '\n\n')
    return
  }
  for (const child of node.content ?? []) collect(child, out)
}

/** The body as plain text, one block per paragraph, for search and counting. */
export function bodyPlainText(body: ArticleBody): string {
  const out: string[] = []
  for (const node of body.content ?? []) collect(node, out)
  return out.join('').trim()
}
