import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** Where a thread's words are in the body now. */
export interface CommentAnchor {
  thread: string
  /** The words under the thread's mark, in reading order; several runs are joined by a space. */
  words: string
  /** The first and last positions covered, for locating it in an editor. */
  from: number
  to: number
}

/** Every anchored thread in the body. A thread absent here has lost all its words: it is detached. */
export function commentAnchors(doc: ProseMirrorNode): Map<string, CommentAnchor> {
  const anchors = new Map<string, CommentAnchor>()
  const comment = doc.type.schema.marks.comment
  if (!comment) return anchors
  const lastEnd = new Map<string, number>()
  doc.descendants((node, pos) => {
    if (!node.isText) return true
    for (const mark of node.marks) {
      if (mark.type !== comment) continue
      const thread = String(mark.attrs.thread)
      const text = (node.text ?? '').replace(/\u200B/g, '')
      const anchor = anchors.get(thread)
      if (!anchor) anchors.set(thread, { thread, words: text, from: pos, to: pos + node.nodeSize })
      else {
        anchor.words += lastEnd.get(thread) === pos ? text : ` ${text}`
        anchor.to = pos + node.nodeSize
      }
      lastEnd.set(thread, pos + node.nodeSize)
    }
    return false
  })
  return anchors
}

/** The first place `quote` occurs inside one textblock, as positions; null when it does not occur. */
export function findQuote(doc: ProseMirrorNode, quote: string): { from: number; to: number } | null {
  const wanted = quote.trim()
  if (wanted === '') return null
  let found: { from: number; to: number } | null = null
  doc.descendants((node, pos) => {
    if (found) return false
    if (!node.isTextblock) return true
    // Offsets in the block's text map back to positions through its text children.
    let text = ''
    const starts: { offset: number; pos: number; length: number }[] = []
    node.forEach((child, offset) => {
      if (child.isText) {
        starts.push({ offset: text.length, pos: pos + 1 + offset, length: child.text!.length })
        text += child.text
      } else text += '\uFFFC'
    })
    const at = text.indexOf(wanted)
    if (at < 0) return false
    const toPos = (offset: number) => {
      const run = starts.find((start) => offset >= start.offset && offset <= start.offset + start.length)
      return run ? run.pos + (offset - run.offset) : pos + 1
    }
    found = { from: toPos(at), to: toPos(at + wanted.length) }
    return false
  })
  return found
}
