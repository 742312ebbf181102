// Arabic newsroom typography as the journalist types (ARABIC.md): Arabic
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
