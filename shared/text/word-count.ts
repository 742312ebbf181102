// Arabic-aware word count (ARABIC.md): a word is a run of letters, marks
// (harakat stay inside their word) and digits. Splitting on spaces would count
// « » and dashes as words and merge words around a missing space after «،».
const word = /[\p{L}\p{M}\p{N}]+/gu

export function countWords(text: string): number {
  let n = 0
  word.lastIndex = 0
  while (word.exec(text) !== null) n++
  return n
}
