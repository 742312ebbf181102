// What a change of harakat or of typography alone looks like once both sides
// are reduced to their letters: these are marks a desk may ask to hide.
const harakat = /[\u064B-\u065F\u0670\u0640\u200E\u200F\u061C]/g
const quotes = /[«»“”„‟″"]/g
const singleQuotes = /[‘’‚‛′']/g
const arabicIndicDigits = /[\u0660-\u0669]/g
const easternArabicDigits = /[\u06F0-\u06F9]/g

/** The letters and words of `text` without harakat, tatweel, direction marks, or the newsroom's choice of quotes, digits and commas. */
export function essentialText(text: string): string {
  return text
    .replace(harakat, '')
    .replace(quotes, '"')
    .replace(singleQuotes, "'")
    .replace(arabicIndicDigits, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(easternArabicDigits, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/،/g, ',')
    .replace(/؛/g, ';')
    .replace(/؟/g, '?')
    .replace(/\s+/g, ' ')
}

/** True when the two differ only in harakat or typography. */
export const isMinorChange = (before: string, after: string): boolean => before !== after && essentialText(before) === essentialText(after)
