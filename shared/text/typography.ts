// Arabic newsroom typography as the journalist types (docs/arabic-text.md): Arabic
// punctuation after Arabic words, quotation marks that open on the right side,
// and one digit style for the whole article.

/** “ ” or « »: the same literals as the newsroom settings. */
export type QuoteStyle = 'curly' | 'guillemets'
/** 0-9 or ٠-٩. */
export type DigitStyle = 'western' | 'arabic-indic'
export type TypingDirection = 'rtl' | 'ltr'

const arabicLetter = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FC\u0640]/u
// Harakat and other marks sit on the letter before them.
const trailingMarks = /\p{Mn}+$/u
const arabicPunctuation: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' }

/**
 * The Arabic comma, semicolon or question mark for `,` `;` `?` typed straight
 * after an Arabic letter; null elsewhere (after Latin, digits, a space, or in
 * a left-to-right block), where the Latin mark is what was meant.
 */
export function arabicPunctuationFor(typed: string, before: string, direction: TypingDirection): string | null {
  const arabic = arabicPunctuation[typed]
  if (!arabic || direction === 'ltr') return null
  const last = before.replace(trailingMarks, '').slice(-1)
  return last !== '' && arabicLetter.test(last) ? arabic : null
}

// After these a quotation mark opens; after anything else it closes.
const opensAfter = /[\s([{\u00AB\u201C\u201D\u2018\u2019\u2014\u2013:/-]$/u

/**
 * The quotation mark `"` becomes. In right-to-left copy the opening curly
 * quote is U+201D and the closing one U+201C (the pair is not mirrored by the
 * browser); « » are mirrored, so « opens in logical order. A left-to-right
 * block is English and gets English curly quotes.
 */
export function quoteFor(before: string, style: QuoteStyle, direction: TypingDirection): string {
  const opening = before === '' || opensAfter.test(before)
  if (direction === 'ltr') return opening ? '\u201C' : '\u201D'
  if (style === 'guillemets') return opening ? '\u00AB' : '\u00BB'
  return opening ? '\u201D' : '\u201C'
}

const western = '0123456789'
const arabicIndic = '٠١٢٣٤٥٦٧٨٩'
const persian = '۰۱۲۳۴۵۶۷۸۹'

/** Every digit in `text` written in the newsroom's digit style. */
export function digitsIn(text: string, style: DigitStyle): string {
  return text.replace(/[0-9\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => {
    const value = Math.max(western.indexOf(digit), arabicIndic.indexOf(digit), persian.indexOf(digit))
    return style === 'arabic-indic' ? arabicIndic[value]! : western[value]!
  })
}

export interface TypographySettings {
  quoteStyle: QuoteStyle
  digitStyle: DigitStyle
}

/**
 * What one typed character becomes, or null to leave it alone. Digits follow
 * the setting in right-to-left copy; an English (LTR) block keeps what was typed.
 */
export function typedCharacter(typed: string, before: string, direction: TypingDirection, settings: TypographySettings): string | null {
  if (typed === '"') return quoteFor(before, settings.quoteStyle, direction)
  const punctuation = arabicPunctuationFor(typed, before, direction)
  if (punctuation) return punctuation
  if (direction === 'rtl' && /^[0-9\u0660-\u0669\u06F0-\u06F9]$/u.test(typed)) {
    const shown = digitsIn(typed, settings.digitStyle)
    return shown === typed ? null : shown
  }
  return null
}

/**
 * The text of a block switched between right-to-left and left-to-right, its
 * curly quotes turned to face the other way: “ ” are not mirrored by the
 * browser, so the mark that opened a right-to-left quotation (U+201D) is the
 * one that closes an English one. « » are mirrored by the browser and stay as
 * they are; single quotes too, since ’ is also the apostrophe.
 */
export function quotesTurnedFor(text: string): string {
  return text.replace(/[\u201C\u201D]/gu, (mark) => (mark === '\u201C' ? '\u201D' : '\u201C'))
}

const latinLetter = /^\p{Script=Latin}$/u
const rightToLeftLetter = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]$/u

/**
 * The direction a letter sets for the paragraph it starts (its strong
 * direction): Latin is left-to-right, Arabic right-to-left; digits, spaces,
 * punctuation and harakat set none.
 */
export function directionOfLetter(typed: string): TypingDirection | null {
  if (!/^\p{L}$/u.test(typed)) return null
  if (latinLetter.test(typed)) return 'ltr'
  if (rightToLeftLetter.test(typed)) return 'rtl'
  return null
}

/** The direction of the first letter of `text` that has one; null before any. */
export function firstStrongDirection(text: string): TypingDirection | null {
  for (const character of text) {
    const direction = directionOfLetter(character)
    if (direction) return direction
  }
  return null
}

/** Text written in Latin letters only (English copy), with no Arabic letter in it. */
export function isLatinText(text: string): boolean {
  let latin = false
  for (const character of text) {
    const direction = directionOfLetter(character)
    if (direction === 'rtl') return false
    if (direction === 'ltr') latin = true
  }
  return latin
}

/**
 * What a field types as: `copy` is read by the reader (headline, dek, caption,
 * credit, attribution) and takes the whole newsroom typography; `slug` is part
 * of an address, where digits are Western whatever the setting (URLs, their
 * search engines and the slug made from the headline all write 0-9) and
 * nothing else is changed.
 */
export type FieldTyping = 'copy' | 'slug'

/** What one character typed into a text field becomes, or null to leave it. */
export function typedInField(typed: string, before: string, direction: TypingDirection, settings: TypographySettings, field: FieldTyping): string | null {
  if (field === 'copy') return typedCharacter(typed, before, direction, settings)
  if (!/^[\u0660-\u0669\u06F0-\u06F9]$/u.test(typed)) return null
  return digitsIn(typed, 'western')
}
