import type { Highlighted } from './search-views'
import type { QueryTerm } from './search-query'
import { eachWord, wordsOf, type TextWord } from './search-terms'

/** Whether a word of a text is one the query asked for (excluded terms mark nothing). */
export type WordMatcher = (word: TextWord) => boolean

export function matcherFor(terms: readonly QueryTerm[]): WordMatcher {
  const stems = new Set<string>()
  const starts: string[] = []
  for (const term of terms) {
    if (term.excluded) continue
    if (term.kind === 'word') stems.add(term.stem)
    else if (term.kind === 'phrase') for (const stem of term.stems) stems.add(stem)
    else starts.push(...term.starts)
  }
  return (word) => stems.has(word.stem) || starts.some((start) => word.stem.startsWith(start) || word.plain.startsWith(start))
}

function pieces(text: string, from: number, to: number, matched: readonly TextWord[]): Highlighted {
  const out: Highlighted = []
  let at = from
  const push = (piece: string, match: boolean) => {
    if (!piece) return
    const last = out[out.length - 1]
    if (last && last.match === match) last.text += piece
    else out.push({ text: piece, match })
  }
  for (const word of matched) {
    push(text.slice(at, word.start), false)
    push(text.slice(word.start, word.end), true)
    at = word.end
  }
  push(text.slice(at, to), false)
  return out
}

/** The whole text, its matching words marked as the text spells them. */
export function highlightAll(text: string, matches: WordMatcher): Highlighted {
  return pieces(text, 0, text.length, wordsOf(text).filter(matches))
}

const ELLIPSIS = '…'

/**
 * About `size` words of the text around its first matching word (a third of
 * them before it), or its opening words when none matches, marked as above.
 * Only reads as far into the text as the snippet needs.
 */
export function highlightSnippet(text: string, matches: WordMatcher, size = 30): Highlighted {
  const before = Math.floor(size / 3)
  const window: TextWord[] = []
  let firstMatch = -1
  eachWord(text, (word) => {
    window.push(word)
    if (firstMatch < 0) {
      if (matches(word)) firstMatch = window.length - 1
      else if (window.length > before) window.shift()
    }
    return !(firstMatch >= 0 && window.length - firstMatch >= size - before)
  })
  // No match: the opening words (the window kept sliding, so start over from the top).
  const words = firstMatch >= 0 ? window : wordsOf(text, size)
  if (words.length === 0) return text ? [{ text: text.slice(0, 200), match: false }] : []
  const from = words[0]!.start
  const to = words[words.length - 1]!.end
  const marked = pieces(text, from, to, words.filter(matches))
  // Paragraph breaks read as spaces in one line of snippet.
  const out: Highlighted = marked.map((piece) => ({ ...piece, text: piece.match ? piece.text : piece.text.replace(/\s+/g, ' ') }))
  if (from > 0) {
    if (out[0] && !out[0].match) out[0].text = ELLIPSIS + ' ' + out[0].text
    else out.unshift({ text: ELLIPSIS + ' ', match: false })
  }
  if (to < text.trimEnd().length) {
    const last = out[out.length - 1]
    if (last && !last.match) last.text += ' ' + ELLIPSIS
    else out.push({ text: ' ' + ELLIPSIS, match: false })
  }
  return out
}
