import { wordsOf } from './search-terms'
import { isStopWord } from './stop-words'

/**
 * One thing a query asks for, in the index's forms:
 * - word: the stem must be there;
 * - phrase: the stems in this order, side by side;
 * - prefix: a word beginning so (as typed, and as its own stem, so اقتصادي* finds الاقتصادية too).
 * Each may be excluded (a leading minus).
 */
export type QueryTerm =
  | { kind: 'word'; stem: string; excluded: boolean }
  | { kind: 'phrase'; stems: string[]; excluded: boolean }
  | { kind: 'prefix'; starts: string[]; excluded: boolean }

export interface ParsedQuery {
  terms: QueryTerm[]
  /** Words of the query searched for nothing: too common, a prefix too short, or past the term limit. */
  ignored: string[]
}

/** More than any real search needs, and few enough that the engine's expression stays small. */
export const MAX_QUERY_TERMS = 64
/** A shorter prefix would match most of the archive. */
const MIN_PREFIX = 2

// A quoted phrase (with an optional minus in front), or any run of non-space characters.
const chunkPattern = /(-?)"([^"]*)"|(\S+)/g

function termOfChunk(raw: string, ignored: string[]): QueryTerm | null {
  const excluded = raw.length > 1 && (raw.startsWith('-') || raw.startsWith('\u2212'))
  const body = excluded ? raw.slice(1) : raw
  const prefix = /[*\u066D]$/.test(body)
  const words = [...wordsOf(body)]
  if (words.length === 0) return null
  if (words.length > 1) {
    // اقتصاد/سياسة or a:b: the engine would read them as one phrase, and so does the search.
    return { kind: 'phrase', stems: words.map((word) => word.stem), excluded }
  }
  const word = words[0]!
  if (prefix) {
    if (word.plain.length < MIN_PREFIX) {
      ignored.push(raw)
      return null
    }
    return { kind: 'prefix', starts: [...new Set([word.plain, word.stem])], excluded }
  }
  // An excluded common word still excludes: the journalist asked for it plainly.
  if (!excluded && isStopWord(word.plain)) {
    ignored.push(raw)
    return null
  }
  return { kind: 'word', stem: word.stem, excluded }
}

const keyOf = (term: QueryTerm): string =>
  `${term.excluded ? '-' : ''}${term.kind}:${term.kind === 'word' ? term.stem : term.kind === 'phrase' ? term.stems.join(' ') : term.starts.join('|')}`

/**
 * Reads what a journalist typed. Nothing in it is syntax to the engine: the
 * search builds its own expression from these terms. An unbalanced quote is
 * taken as an ordinary character; operators with nothing to act on are
 * dropped.
 */
export function parseQuery(text: string): ParsedQuery {
  const ignored: string[] = []
  const quotes = [...text].filter((c) => c === '"').length
  // The last quote of an odd count opens nothing: its words are plain words.
  const balanced = quotes % 2 === 1 ? text.slice(0, text.lastIndexOf('"')) + ' ' + text.slice(text.lastIndexOf('"') + 1) : text
  const terms: QueryTerm[] = []
  const seen = new Set<string>()
  for (const match of balanced.matchAll(chunkPattern)) {
    let term: QueryTerm | null
    if (match[3] === undefined) {
      const words = [...wordsOf(match[2]!)]
      term = words.length === 0 ? null : words.length === 1 ? { kind: 'word', stem: words[0]!.stem, excluded: match[1] === '-' } : { kind: 'phrase', stems: words.map((w) => w.stem), excluded: match[1] === '-' }
    } else {
      term = termOfChunk(match[3], ignored)
    }
    if (!term) continue
    const key = keyOf(term)
    if (seen.has(key)) continue
    seen.add(key)
    if (terms.length >= MAX_QUERY_TERMS) ignored.push(match[0])
    else terms.push(term)
  }
  return { terms, ignored }
}
