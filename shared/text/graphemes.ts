// A reader counts what they see: a letter with its harakat is one character,
// and so is an emoji made of several code points (docs/arabic-text.md). UTF-16 length
// would count every haraka and every surrogate half.
let segmenter: Intl.Segmenter | undefined

function segmentCount(text: string): number {
  segmenter ??= new Intl.Segmenter('ar', { granularity: 'grapheme' })
  let count = 0
  for (const segment of segmenter.segment(text)) {
    if (segment.segment) count++
  }
  return count
}

// Newsroom copy is almost always made only of these: Latin and Latin-1 (not
// the soft hyphen), combining accents, the Arabic blocks without their
// prepended number signs (U+0600–0605, U+06DD) and letter mark (U+061C),
// ZWNJ, and punctuation (not the line and paragraph separators). In such text
// the Unicode rules come down to one: every code point starts a character
// except a combining mark or ZWNJ, which joins the one before it. Counting
// that way gives the segmenter's answer (graphemes.test.ts checks each of
// these code points against it) in a plain loop: the segmenter's iterator
// took 50–130 ms over a 10,000-word article as it opened, before the
// renderer had warmed it up.
const simpleText = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u036F\u0606-\u061B\u061D-\u06DC\u06DE-\u06FF\u0750-\u077F\u200C\u2010-\u2027\u2030-\u205E]*$/
const joinsPrevious = /\p{Grapheme_Extend}/u

let joining: Uint8Array | undefined
function joiningTable(): Uint8Array {
  if (!joining) {
    joining = new Uint8Array(0x2060)
    for (let code = 0; code < joining.length; code++) if (joinsPrevious.test(String.fromCharCode(code))) joining[code] = 1
  }
  return joining
}

export function countGraphemes(text: string): number {
  if (!simpleText.test(text)) return segmentCount(text)
  const joins = joiningTable()
  let count = 0
  for (let i = 0; i < text.length; i++) if (i === 0 || joins[text.charCodeAt(i)] === 0) count++
  return count
}
