// Article slugs (docs/arabic-text.md). The Arabic slug keeps the words as a
// reader wrote them, minus what a URL should not carry: harakat, tatweel,
// punctuation. The Latin slug is a plain transliteration for sites whose URLs
// must stay ASCII; the journalist can always edit either.

export const slugScripts = ['arabic', 'latin'] as const
export type SlugScript = (typeof slugScripts)[number]

/** WordPress and most CMSs cut a slug at 200 bytes once percent-encoded. */
export const MAX_SLUG_ENCODED_BYTES = 200

// Harakat U+064B–U+065F, superscript alef U+0670, Quranic annotation marks
// U+06D6–U+06ED, and tatweel U+0640.
const harakatAndTatweel = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g
const arabicIndicDigit = /[\u0660-\u0669\u06F0-\u06F9]/g
const notSlugChar = /[^\p{L}\p{N}]+/gu

function westernDigits(text: string): string {
  return text.replace(arabicIndicDigit, (d) => String((d.charCodeAt(0) & 0xf) % 10))
}

/** The words of a headline, in order, as a slug sees them. */
function slugWords(headline: string): string[] {
  return westernDigits(headline.normalize('NFC').replace(harakatAndTatweel, ''))
    // Accents leave Latin letters (é → e); NFKD splits hamza forms too, but
    // their U+0654/U+0655 are outside this range and NFC puts them back.
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .split(notSlugChar)
    .filter(Boolean)
}

const latinLetters: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: 'u', ئ: 'e',
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q',
  ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', ى: 'a', پ: 'p', چ: 'ch', ڤ: 'v',
  گ: 'g', ک: 'k', ی: 'y'
}

// Waw and yeh are consonants at the start of a word and long vowels inside it.
function transliterateWord(word: string): string {
  let out = ''
  for (const [index, letter] of [...word].entries()) {
    if (letter === 'و') out += index === 0 ? 'w' : 'u'
    else if (letter === 'ي') out += index === 0 ? 'y' : 'i'
    else out += latinLetters[letter] ?? (/[a-z0-9]/.test(letter) ? letter : '')
  }
  return out
}

function fitEncoded(words: string[]): string {
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (encodeURIComponent(next).length > MAX_SLUG_ENCODED_BYTES) {
      // A first word longer than the limit is cut by characters rather than lost.
      if (!slug) return cutEncoded(word)
      break
    }
    slug = next
  }
  return slug
}

function cutEncoded(word: string): string {
  let out = ''
  for (const char of word) {
    if (encodeURIComponent(out + char).length > MAX_SLUG_ENCODED_BYTES) break
    out += char
  }
  return out
}

/** A slug generated from a headline: Arabic words joined by hyphens, or their Latin transliteration. */
export function slugFromHeadline(headline: string, script: SlugScript = 'arabic'): string {
  const words = slugWords(headline)
  const inScript = script === 'latin' ? words.map(transliterateWord).filter(Boolean) : words
  return fitEncoded(inScript)
}

/**
 * A slug the journalist typed, made safe the same way: what they wrote stays,
 * spaces and punctuation become single hyphens, and it fits the byte limit.
 */
export function cleanSlug(typed: string): string {
  return fitEncoded(slugWords(typed))
}
