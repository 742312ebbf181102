/**
 * Folds the ways one Arabic word is written into one form, so a search finds
 * it however it was typed: vowelled or not, with or without tatweel, with any
 * alef form, ى or ي, ة or ه, Arabic-Indic, Persian or Western digits. Applied
 * to the archive's words and to the query alike.
 *
 * The reference is Lucene's ArabicNormalizer (alef forms, ى, ة, tatweel,
 * harakat), with more: the wasla alef, the superscript alef, hamza carried by
 * waw or yeh folded onto the bare letter (so مسؤول matches a hurried مسوول),
 * both digit sets, Persian yeh and kaf, direction marks, and Latin folded to
 * lower case without accents.
 */

// Harakat, Quranic marks and the superscript alef: a reader sees the same word without them.
const marks = '\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED'
// Tatweel, direction marks, joiners and the byte order mark: invisible, or only stretching the letters.
const invisible = '\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF'

const letters: Record<string, string> = {
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0671': '\u0627', // ٱ
  '\u0649': '\u064A', // ى
  '\u06CC': '\u064A', // Persian ی
  '\u06A9': '\u0643', // Persian ک
  '\u0629': '\u0647', // ة
  '\u0624': '\u0648', // ؤ
  '\u0626': '\u064A' // ئ
}
for (let d = 0; d < 10; d++) {
  letters[String.fromCharCode(0x0660 + d)] = String(d) // Arabic-Indic
  letters[String.fromCharCode(0x06f0 + d)] = String(d) // Persian
}

// One pass over the text for everything Arabic; only text holding other scripts pays for Unicode decomposition.
const folded = new RegExp(`[${Object.keys(letters).join('')}${marks}${invisible}]`, 'g')
const fold = (c: string): string => letters[c] ?? ''
const beyondArabic = /[^\x20-\x7E\s\u0600-\u06FF]/
// Combining marks left by decomposition (Latin accents, Arabic presentation forms' hamza): café is cafe to a search.
const combining = /\p{M}/gu

/** One word (or any text) in the form the index keeps. */
export function normalizeArabic(text: string): string {
  const decomposed = beyondArabic.test(text) ? text.normalize('NFKD').replace(combining, '') : text
  return decomposed.replace(folded, fold).toLowerCase()
}
