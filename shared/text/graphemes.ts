// A reader counts what they see: a letter with its harakat is one character,
// and so is an emoji made of several code points (ARABIC.md). UTF-16 length
// would count every haraka and every surrogate half.
let segmenter: Intl.Segmenter | undefined

export function countGraphemes(text: string): number {
  segmenter ??= new Intl.Segmenter('ar', { granularity: 'grapheme' })
  let count = 0
  for (const segment of segmenter.segment(text)) {
    if (segment.segment) count++
  }
  return count
}
