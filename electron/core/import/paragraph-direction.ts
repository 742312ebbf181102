// Right-to-left scripts an Arabic newsroom's copy is written in.
const rtlLetter = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const letter = /\p{L}/u

/**
 * Whether an imported paragraph is left-to-right, as the article stores it
 * (only LTR blocks carry `dir`). Word's own mark decides first: a paragraph
 * Word set right-to-left (`<w:bidi/>`) stays so even when it opens with a
 * Latin name. Without it the text decides — an English-authored file (a wire
 * story) has no bidi anywhere, and an Arabic one typed without it is still
 * Arabic: left-to-right when the first letter is Latin (as a browser's
 * `dir=auto` would read it) and Latin letters are not outnumbered, so
 * "iPhone 16 يصل إلى الأسواق" stays an Arabic sentence.
 */
export function isLeftToRightParagraph(bidi: boolean, text: string): boolean {
  if (bidi) return false
  let first: 'ltr' | 'rtl' | null = null
  let ltr = 0
  let rtl = 0
  for (const char of text) {
    if (!letter.test(char)) continue
    const rtlChar = rtlLetter.test(char)
    if (rtlChar) rtl++
    else ltr++
    first ??= rtlChar ? 'rtl' : 'ltr'
  }
  return first === 'ltr' && ltr >= rtl
}
