// Arabic-aware word count (docs/arabic-text.md): a word is a run of letters, marks
// (harakat stay inside their word) and digits. Splitting on spaces would count
// « » and dashes as words and merge words around a missing space after «،».
//
// The rule is the regex /[\p{L}\p{M}\p{N}]/u, but running that regex over a
// 10,000-word article costs milliseconds on every save; a table of the Basic
// Multilingual Plane, built once on first use, makes counting a plain loop.
const wordChar = /[\p{L}\p{M}\p{N}]/u
let bmpTable: Uint8Array | undefined

function table(): Uint8Array {
  if (!bmpTable) {
    bmpTable = new Uint8Array(0x10000)
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      if (wordChar.test(String.fromCharCode(code))) bmpTable[code] = 1
    }
  }
  return bmpTable
}

export function countWords(text: string): number {
  const isWordChar = table()
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let isWord: boolean
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A character outside the BMP (e.g. a supplementary-plane letter): test the pair.
      isWord = wordChar.test(text.slice(i, i + 2))
      i++
    } else {
      isWord = isWordChar[code] === 1
    }
    if (isWord && !inWord) words++
    inWord = isWord
  }
  return words
}
