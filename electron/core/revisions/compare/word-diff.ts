import { diffWords } from 'diff'
import type { DiffSpan } from '../../../../shared/revisions/comparison'
import { isMinorChange } from './minor-change'

// Arabic letters are not word characters to jsdiff's own splitter, which then
// compares letter by letter; the word segmenter keeps ولكتاب whole and splits
// off ، ؟ « ».
const segmenter = new Intl.Segmenter('ar', { granularity: 'word' })

/**
 * The words of `after` against `before`. A deletion next to an insertion that
 * differs only in harakat or typography is marked minor, both halves of it.
 */
export function wordDiff(before: string, after: string): DiffSpan[] {
  const parts = diffWords(before, after, { intlSegmenter: segmenter })
  const spans: DiffSpan[] = parts.map((part) => ({ op: part.added ? 'insert' : part.removed ? 'delete' : 'equal', text: part.value, minor: false }))
  for (let i = 0; i + 1 < spans.length; i++) {
    const [a, b] = [spans[i]!, spans[i + 1]!]
    const pair = a.op === 'delete' && b.op === 'insert' ? [a.text, b.text] : a.op === 'insert' && b.op === 'delete' ? [b.text, a.text] : null
    if (pair && isMinorChange(pair[0]!, pair[1]!)) a.minor = b.minor = true
  }
  return spans
}

/** How many words a run of text holds, as the segmenter counts them. */
export function wordsIn(text: string): number {
  let count = 0
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++
  return count
}
