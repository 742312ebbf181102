import type * as Y from 'yjs'

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * Brings a shared text to `next` by replacing only the run that differs, so a
 * headline edited on two desks at once keeps both desks' words: rewriting the
 * whole field would let the later writer's copy win outright. The run never
 * starts or ends inside a surrogate pair.
 */
export function retypeText(text: Y.Text, next: string): void {
  const current = text.toString()
  if (current === next) return
  const shorter = Math.min(current.length, next.length)
  let start = 0
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start++
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--
  let end = 0
  while (end < shorter - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--
  const removed = current.length - start - end
  if (removed > 0) text.delete(start, removed)
  const inserted = next.slice(start, next.length - end)
  if (inserted) text.insert(start, inserted)
}
