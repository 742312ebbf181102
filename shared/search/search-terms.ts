import { normalizeArabic } from './normalize'
import { stemArabic } from './stem'

/** One word of a text: where it stands in the original, and the forms a search compares. */
export interface TextWord {
  start: number
  end: number
  /** Normalized, not stemmed: what a prefix search compares. */
  plain: string
  /** Normalized and stemmed: what the index keeps. */
  stem: string
}

// Letters, marks (harakat stay inside the word they vowel), digits, and the invisible format
// characters (a direction mark typed inside a word must not split it); tatweel is a letter here.
const wordPattern = /[\p{L}\p{M}\p{N}\p{Cf}]+/gu

/** Every word of the text with its place, skipping those normalization empties (a lone haraka). */
export function* wordsOf(text: string): Generator<TextWord> {
  for (const match of text.matchAll(wordPattern)) {
    const plain = normalizeArabic(match[0]).replace(/[^\p{L}\p{N}]/gu, '')
    if (!plain) continue
    yield { start: match.index, end: match.index + match[0].length, plain, stem: stemArabic(plain) }
  }
}

/** The text as the index keeps it: its stems, in order, one space apart. */
export function indexedTerms(text: string): string {
  const out: string[] = []
  for (const word of wordsOf(text)) out.push(word.stem)
  return out.join(' ')
}

/** Bumped whenever normalizing or stemming changes: core then rebuilds the index from the articles. */
export const SEARCH_TERMS_VERSION = 1
