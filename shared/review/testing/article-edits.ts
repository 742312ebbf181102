import type { Attrs, Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { schema } from './article-builders'

/**
 * Edits as a journalist makes them, written against the words on the page:
 * `|` marks a point and `[...]` a stretch inside one block's words, e.g.
 * `remove('ذهب ال[ولد] إلى')`. The words around the marker say where; they must
 * occur once in one textblock. Each edit is an ordinary ProseMirror change on a
 * transaction, what the editor would make before suggesting mode turns it into
 * a suggestion.
 */
export type ArticleEdit = (tr: Transaction) => void

/** The textblock whose words hold `words`, with a position for every offset in them. */
function locate(doc: ProseMirrorNode, words: string): { at: number; positions: number[] } {
  const found: { at: number; positions: number[] }[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    let text = ''
    const positions: number[] = []
    node.forEach((child, offset) => {
      const start = pos + 1 + offset
      const piece = child.isText ? child.text! : '\uFFFC'
      for (let i = 0; i < piece.length; i++) positions.push(start + i)
      text += piece
    })
    positions.push(pos + node.nodeSize - 1)
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) found.push({ at, positions })
    return false
  })
  if (found.length !== 1) throw new Error(`"${words}" occurs ${found.length} times in the body, not once`)
  return found[0]!
}

/** The position a `|` marks in `context`. */
export function pointAt(doc: ProseMirrorNode, context: string): number {
  const cut = context.indexOf('|')
  if (cut < 0) throw new Error(`no | in "${context}"`)
  const { at, positions } = locate(doc, context.replace('|', ''))
  return positions[at + cut]!
}

/** The positions a `[...]` marks in `context`. */
export function rangeAt(doc: ProseMirrorNode, context: string): { from: number; to: number } {
  const open = context.indexOf('[')
  const close = context.indexOf(']')
  if (open < 0 || close < open) throw new Error(`no [...] in "${context}"`)
  const { at, positions } = locate(doc, context.replace('[', '').replace(']', ''))
  return { from: positions[at + open]!, to: positions[at + close - 1]! }
}

/** The block of type `type` that holds the words `words`; the first figure or other atom when `words` is a number. */
export function blockAt(doc: ProseMirrorNode, type: string, words: string | number): { pos: number; node: ProseMirrorNode } {
  let found: { pos: number; node: ProseMirrorNode } | undefined
  let seen = 0
  doc.descendants((node, pos) => {
    if (found) return false
    if (node.type.name === type && (typeof words === 'number' ? seen++ === words : node.textContent.includes(words))) found = { pos, node }
    return true
  })
  if (!found) throw new Error(`no ${type} with "${words}"`)
  return found
}

export const remove =
  (context: string): ArticleEdit =>
  (tr) => {
    const { from, to } = rangeAt(tr.doc, context)
    tr.delete(from, to)
  }

export const replace =
  (context: string, words: string): ArticleEdit =>
  (tr) => {
    const { from, to } = rangeAt(tr.doc, context)
    tr.insertText(words, from, to)
  }

export const type =
  (context: string, words: string): ArticleEdit =>
  (tr) => {
    tr.insertText(words, pointAt(tr.doc, context))
  }

/** Deletes from one point to another, across the blocks between: a selection spanning paragraphs, then Delete. */
export const removeBetween =
  (from: string, to: string): ArticleEdit =>
  (tr) => {
    tr.delete(pointAt(tr.doc, from), pointAt(tr.doc, to))
  }

/** Enter: the block is cut in two at the point; `depth` 2 cuts the list item too, as Enter in a list does. */
export const split =
  (context: string, depth = 1): ArticleEdit =>
  (tr) => {
    tr.split(pointAt(tr.doc, context), depth)
  }

/** Backspace at the start of a block: it joins the textblock before, however deep each sits (list items, quotes). */
export const join =
  (startOfSecond: string): ArticleEdit =>
  (tr) => {
    const pos = pointAt(tr.doc, startOfSecond)
    let endOfFirst: number | undefined
    tr.doc.descendants((node, at) => {
      if (node.isTextblock && at + node.nodeSize <= pos) endOfFirst = at + node.nodeSize - 1
      return !node.isTextblock
    })
    if (endOfFirst === undefined) throw new Error(`no block before "${startOfSecond}"`)
    tr.delete(endOfFirst, pos)
  }

/** Removes a whole block (a paragraph, a list item, a figure), as deleting its selected node does. */
export const removeBlock =
  (type: string, words: string | number): ArticleEdit =>
  (tr) => {
    const { pos, node } = blockAt(tr.doc, type, words)
    tr.delete(pos, pos + node.nodeSize)
  }

/** Puts a new block in before the block of `type` holding `words`. */
export const insertBlockBefore =
  (type: string, words: string | number, block: ProseMirrorNode): ArticleEdit =>
  (tr) => {
    tr.insert(blockAt(tr.doc, type, words).pos, block)
  }

export const insertBlockAfter =
  (type: string, words: string | number, block: ProseMirrorNode): ArticleEdit =>
  (tr) => {
    const { pos, node } = blockAt(tr.doc, type, words)
    tr.insert(pos + node.nodeSize, block)
  }

export const addMark =
  (name: string, context: string): ArticleEdit =>
  (tr) => {
    const { from, to } = rangeAt(tr.doc, context)
    tr.addMark(from, to, schema.marks[name]!.create())
  }

export const removeMark =
  (name: string, context: string): ArticleEdit =>
  (tr) => {
    const { from, to } = rangeAt(tr.doc, context)
    tr.removeMark(from, to, schema.marks[name]!)
  }

/** The block holding the point becomes another type (a paragraph a heading, an h2 an h3), as the toolbar's block menu does. */
export const setBlockType =
  (context: string, type: string, attrs: Attrs = {}): ArticleEdit =>
  (tr) => {
    const pos = pointAt(tr.doc, context)
    tr.setBlockType(pos, pos, schema.nodes[type]!, attrs)
  }

/** One attribute of a block changed: its direction, a figure's caption, a quote's attribution. */
export const setAttr =
  (type: string, words: string | number, attr: string, value: unknown): ArticleEdit =>
  (tr) => {
    tr.setNodeAttribute(blockAt(tr.doc, type, words).pos, attr, value)
  }

/** Several edits in one transaction, as a paste or a command that does more than one thing makes. */
export const together =
  (...edits: ArticleEdit[]): ArticleEdit =>
  (tr) => {
    for (const edit of edits) edit(tr)
  }

/** Enter at the end of a heading: the new block is a paragraph, not another heading. */
export const splitInto =
  (context: string, type: string): ArticleEdit =>
  (tr) => {
    tr.split(pointAt(tr.doc, context), 1, [{ type: schema.nodes[type]! }])
  }

/** Every block from one point to another becomes `type`: two paragraphs selected and made headings. */
export const setBlockTypeBetween =
  (from: string, to: string, type: string, attrs: Attrs = {}): ArticleEdit =>
  (tr) => {
    tr.setBlockType(pointAt(tr.doc, from), pointAt(tr.doc, to), schema.nodes[type]!, attrs)
  }

/** A block that holds blocks changes type and keeps them: a bullet list made a numbered one. */
export const changeBlock =
  (type: string, words: string | number, newType: string): ArticleEdit =>
  (tr) => {
    const { pos, node } = blockAt(tr.doc, type, words)
    tr.setNodeMarkup(pos, schema.nodes[newType], node.attrs)
  }
