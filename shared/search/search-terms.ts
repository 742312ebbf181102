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

interface WordForms {
  plain: string
  stem: string
}

// Words repeat (a news archive's vocabulary is small next to its length): each written form is
// normalized and stemmed once. Bounded, and simply emptied when full.
const formsCache = new Map<string, WordForms>()
const FORMS_CACHE_MAX = 50_000

function formsOf(written: string): WordForms {
  let forms = formsCache.get(written)
  if (!forms) {
    const plain = normalizeArabic(written).replace(/[^\p{L}\p{N}]/gu, '')
    forms = { plain, stem: plain ? stemArabic(plain) : '' }
    if (formsCache.size >= FORMS_CACHE_MAX) formsCache.clear()
    formsCache.set(written, forms)
  }
  return forms
}

/** Every word of the text with its place, skipping those normalization empties (a lone haraka). */
export function* wordsOf(text: string): Generator<TextWord> {
  for (const match of text.matchAll(wordPattern)) {
    const { plain, stem } = formsOf(match[0])
    if (!plain) continue
    yield { start: match.index, end: match.index + match[0].length, plain, stem }
  }
}

/** The text as the index keeps it: its stems, in order, one space apart. */
export function indexedTerms(text: string): string {
  const out: string[] = []
  for (const match of text.matchAll(wordPattern)) {
    const { stem } = formsOf(match[0])
    if (stem) out.push(stem)
  }
  return out.join(' ')
}

/** Bumped whenever normalizing or stemming changes: core then rebuilds the index from the articles. */
export const SEARCH_TERMS_VERSION = 1
