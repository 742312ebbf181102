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

// A word is a run of letters, marks (harakat stay inside the word they vowel), digits, and the
// invisible format characters (a direction mark typed inside a word must not split it); tatweel is
// a letter here. Looked up in a table below U+0800 (Latin and Arabic, nearly all of a newsroom's
// text): several times faster than a Unicode-property expression over a long body.
const wordChar = /[\p{L}\p{M}\p{N}\p{Cf}]/u
const common = new Uint8Array(0x800)
for (let code = 0; code < common.length; code++) common[code] = wordChar.test(String.fromCharCode(code)) ? 1 : 0

/** How many UTF-16 units the word character at `i` takes (0 when it is not one). */
function wordUnitsAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0x800) return common[code]!
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) return wordChar.test(text.slice(i, i + 2)) ? 2 : 0
  return wordChar.test(text[i]!) ? 1 : 0
}

/** Calls `found` with the start and end of every word of the text, in order; stops when it returns false. */
function scanWords(text: string, found: (start: number, end: number) => boolean | void): void {
  const length = text.length
  let i = 0
  while (i < length) {
    let units = wordUnitsAt(text, i)
    if (units === 0) {
      i += 1
      continue
    }
    const start = i
    while (units > 0) {
      i += units
      units = i < length ? wordUnitsAt(text, i) : 0
    }
    if (found(start, i) === false) return
  }
}

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

/** Visits every word of the text with its place, skipping those normalization empties (a lone haraka); stops when `visit` returns false. */
export function eachWord(text: string, visit: (word: TextWord) => boolean | void): void {
  scanWords(text, (start, end) => {
    const { plain, stem } = formsOf(text.slice(start, end))
    return plain ? visit({ start, end, plain, stem }) : true
  })
}

/** The text's words (the first `limit` of them) with their places. */
export function wordsOf(text: string, limit = Infinity): TextWord[] {
  const words: TextWord[] = []
  if (limit > 0) eachWord(text, (word) => words.push(word) < limit)
  return words
}

/** The text as the index keeps it: its stems, in order, one space apart. */
export function indexedTerms(text: string): string {
  const out: string[] = []
  scanWords(text, (start, end) => {
    const { stem } = formsOf(text.slice(start, end))
    if (stem) out.push(stem)
  })
  return out.join(' ')
}

// An edit changes a paragraph or two of a long article: the others' terms are the ones the
// last save worked out. Bounded by the text it holds, and simply emptied when full.
const paragraphCache = new Map<string, string>()
const PARAGRAPH_CACHE_CHARS = 1_000_000
let paragraphCacheChars = 0

/**
 * indexedTerms of a text of paragraphs (a body as plain text), each paragraph's terms worked out
 * once: no word spans a line break, so the text's terms are its lines' terms in order.
 */
export function indexedTermsByParagraph(text: string): string {
  const out: string[] = []
  for (const paragraph of text.split('\n')) {
    if (paragraph === '') continue
    let terms = paragraphCache.get(paragraph)
    if (terms === undefined) {
      terms = indexedTerms(paragraph)
      if (paragraphCacheChars + paragraph.length > PARAGRAPH_CACHE_CHARS) {
        paragraphCache.clear()
        paragraphCacheChars = 0
      }
      paragraphCache.set(paragraph, terms)
      paragraphCacheChars += paragraph.length
    }
    if (terms !== '') out.push(terms)
  }
  return out.join(' ')
}

/** Bumped whenever normalizing or stemming changes: core then rebuilds the index from the articles. */
export const SEARCH_TERMS_VERSION = 1
