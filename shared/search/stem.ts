/**
 * A light stemmer in the manner of Lucene's ArabicStemmer: it takes off the
 * article and the common one-letter conjunctions and prepositions in front,
 * and the common endings behind (feminine, dual, plural, attached pronouns),
 * never leaving fewer than two letters. It works on normalized words (ة is
 * already ه, ى already ي), so one list of endings covers every spelling.
 *
 * Beyond Lucene: a conjunction (و or ف) may sit in front of the article with
 * its preposition, as in وبالكتاب or فللمدرسة, and all of it comes off.
 */

// Longest first: the first that fits is the one taken off.
const prefixes = [
  'وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل',
  'وال', 'فال', 'بال', 'كال', 'لل', 'ال'
]
const endings = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي']

const arabicLetter = /^[\u0621-\u064A]+$/

function withoutPrefix(word: string): string {
  for (const prefix of prefixes) {
    if (word.startsWith(prefix) && word.length >= prefix.length + 2) return word.slice(prefix.length)
  }
  // A lone و is taken off only from a long word: وزير and ورق begin with it.
  if (word.startsWith('و') && word.length >= 4) return word.slice(1)
  return word
}

function withoutEndings(word: string): string {
  let stem = word
  // Each ending once, in this order, as Lucene does: مدرستها loses ها then nothing, مدرسته loses ه.
  for (const ending of endings) {
    if (stem.endsWith(ending) && stem.length >= ending.length + 2) stem = stem.slice(0, -ending.length)
  }
  return stem
}

/** The stem of one normalized word; words not in Arabic letters (Latin, digits) stay as they are. */
export function stemArabic(word: string): string {
  if (!arabicLetter.test(word)) return word
  return withoutEndings(withoutPrefix(word))
}
