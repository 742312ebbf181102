import type { ArticleBody, BodyNode } from '../../../shared/article/body'

/** A block of the body with where it sits and whether it reads left to right. */
export interface BodyBlock {
  node: BodyNode
  /** Child indexes from the document down to this block. */
  path: number[]
  /** The block, or a block around it (an English quote), is set left to right. */
  ltr: boolean
}

const isInline = (node: BodyNode) => node.type === 'text' || node.type === 'hardBreak'

/** Every block of the body, depth first, in reading order. */
export function bodyBlocks(body: ArticleBody): BodyBlock[] {
  const out: BodyBlock[] = []
  const visit = (nodes: BodyNode[], parentPath: number[], parentLtr: boolean) => {
    nodes.forEach((node, index) => {
      if (isInline(node)) return
      const block = { node, path: [...parentPath, index], ltr: parentLtr || node.attrs?.dir === 'ltr' }
      out.push(block)
      visit(node.content ?? [], block.path, block.ltr)
    })
  }
  visit(body.content ?? [], [], false)
  return out
}

/** Blocks that hold running text directly: the ones the text rules read. */
export const isTextBlock = (node: BodyNode): boolean => node.type === 'paragraph' || node.type === 'heading'

/**
 * The block's text as one string, with a flag per UTF-16 unit saying whether
 * it sits in a run marked as English or French (the `lang` mark) — Latin
 * punctuation there is what was meant.
 */
export function blockText(node: BodyNode): { text: string; latinRun: boolean[] } {
  let text = ''
  const latinRun: boolean[] = []
  for (const child of node.content ?? []) {
    const piece = child.type === 'text' ? (child.text ?? '') : child.type === 'hardBreak' ? '\n' : ''
    const latin = (child.marks ?? []).some((mark) => mark.type === 'lang')
    text += piece
    for (let i = 0; i < piece.length; i++) latinRun.push(latin)
  }
  return { text, latinRun }
}

const EXCERPT_SIDE = 30
const WHOLE_UP_TO = 80

/** The text around `at` (all of it when short), on one line, so a reader can find the spot. */
export function excerptAround(text: string, at = 0): string {
  if (text.length <= WHOLE_UP_TO) return text.replace(/\s+/g, ' ').trim()
  const start = Math.max(0, at - EXCERPT_SIDE)
  const end = Math.min(text.length, at + EXCERPT_SIDE)
  const piece = text.slice(start, end).replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${piece}${end < text.length ? '…' : ''}`
}
