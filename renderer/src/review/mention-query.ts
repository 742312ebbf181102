import type { Person } from '../../../shared/people/person'

/** The "@nam" being typed just before the caret, or null. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret)
  const match = /(^|\s)@([^\s@]{0,40})$/u.exec(before)
  if (!match) return null
  return { start: caret - match[2]!.length - 1, query: match[2]! }
}

/** People whose name has a word starting with the query, at most eight, as a picker shows them. */
export function mentionCandidates(people: readonly Person[], query: string): Person[] {
  const wanted = query.toLocaleLowerCase()
  return people.filter((person) => person.name.toLocaleLowerCase().split(/\s+/u).some((word) => word.startsWith(wanted)) || person.name.toLocaleLowerCase().startsWith(wanted)).slice(0, 8)
}

/** The people still named in the text ("@Name"), each once: a mention deleted from the text is no mention. */
export function mentionsIn(text: string, chosen: readonly Person[]): string[] {
  return [...new Set(chosen.filter((person) => text.includes(`@${person.name}`)).map((person) => person.id))]
}
