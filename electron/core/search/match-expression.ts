import type { QueryTerm } from '../../../shared/search/search-query'
import { indexedTerms } from '../../../shared/search/search-terms'

// Every token goes to the engine inside double quotes, its own quotes doubled:
// nothing a journalist types is ever read as FTS5 syntax.
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`

function expressionOf(term: QueryTerm): string {
  if (term.kind === 'word') return quoted(term.stem)
  if (term.kind === 'phrase') return quoted(term.stems.join(' '))
  const starts = term.starts.map((start) => `${quoted(start)} *`)
  return starts.length === 1 ? starts[0]! : `(${starts.join(' OR ')})`
}

/** A filter on one column of the index (the byline's or a tag's words, as a phrase). */
export interface ColumnPhrase {
  column: 'bylines' | 'tags'
  text: string
}

/**
 * The MATCH expression for the terms and column filters, or null when nothing
 * positive is asked for (FTS5 cannot answer "everything but").
 */
export function matchExpression(terms: readonly QueryTerm[], columns: readonly ColumnPhrase[]): string | null {
  const wanted = terms.filter((term) => !term.excluded).map(expressionOf)
  for (const { column, text } of columns) wanted.push(`${column} : ${quoted(indexedTerms(text))}`)
  if (wanted.length === 0) return null
  const unwanted = excludedExpression(terms)
  const positive = wanted.length === 1 ? wanted[0]! : `(${wanted.join(' AND ')})`
  return unwanted === null ? positive : `${positive} NOT ${unwanted}`
}

/** The excluded terms alone, as one expression (what a query of only exclusions leaves out), or null. */
export function excludedExpression(terms: readonly QueryTerm[]): string | null {
  const unwanted = terms.filter((term) => term.excluded).map(expressionOf)
  return unwanted.length === 0 ? null : `(${unwanted.join(' OR ')})`
}
