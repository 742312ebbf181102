import { normalizeArabic } from './normalize'
import { stemArabic } from './stem'

// Words in nearly every article: searching for one alone finds everything,
// and next to other words it only narrows by chance. Dropped from a query
// (not from the index, so an exact phrase holding one still matches).
const words = [
  'في', 'من', 'إلى', 'على', 'عن', 'مع', 'أن', 'إن', 'أو', 'ثم', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي', 'الذي', 'الذين',
  'ما', 'لا', 'لم', 'لن', 'قد', 'كان', 'كانت', 'هو', 'هي', 'هم', 'بين', 'حتى', 'كل', 'عند', 'بعد', 'قبل', 'و', 'ف', 'ب', 'ل', 'يا',
  'the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'is', 'not', 'near'
]

const stopWords = new Set(words.map(normalizeArabic))

/** Whether a normalized word is too common to search for on its own. */
export const isStopWord = (plain: string): boolean => stopWords.has(plain)

// The same words as the index keeps them (stemmed), for reading an article's own terms.
const stopStems = new Set([...stopWords].map(stemArabic))

/** Whether a stem, as article_search holds it, is one of the common words above. */
export const isStopStem = (stem: string): boolean => stopStems.has(stem)
