// Arabic news copy is read more slowly than English by word count (longer
// words carrying clitics); 200 words a minute is the figure newsroom CMSs use
// for Arabic, and it is the one readers see on other sites.
export const ARABIC_WORDS_PER_MINUTE = 200

/** Whole minutes to read an article of `words` words: 0 only for an empty one. */
export function readingMinutes(words: number, wordsPerMinute = ARABIC_WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words <= 0) return 0
  return Math.max(1, Math.round(words / wordsPerMinute))
}
