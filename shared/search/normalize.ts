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
const marks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g
// Tatweel, direction marks, joiners and the byte order mark: invisible, or only stretching the letters.
const invisible = /[\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g
// Combining marks left after NFKD (Latin accents): café and cafe are one word to a search.
const combining = /\p{M}/gu

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
const letterPattern = new RegExp(`[${Object.keys(letters).join('')}]`, 'g')

const digit = (code: number, zero: number): string => String.fromCharCode(48 + code - zero)

/** One word (or any text) in the form the index keeps. */
export function normalizeArabic(text: string): string {
  return text
    .replace(letterPattern, (letter) => letters[letter]!)
    .replace(marks, '')
    .replace(invisible, '')
    .replace(/[\u0660-\u0669]/g, (d) => digit(d.charCodeAt(0), 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => digit(d.charCodeAt(0), 0x06f0))
    .normalize('NFKD')
    .replace(combining, '')
    .toLowerCase()
}
