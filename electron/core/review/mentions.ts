/** Someone a comment can name. */
export interface Mentionable {
  id: string
  name: string
}

// A name ends where a word would: at a space, punctuation or the end, never inside a longer word.
const partOfWord = /[\p{L}\p{M}\p{N}_]/u

/**
 * The people a comment mentions, by id, in the order it names them: `@Name`
 * where Name is a person's display name exactly as the desk knows it. Names
 * hold spaces (سارة القاسم), so at each @ the longest name that fits is
 * taken; two people with that same name are both mentioned, since the
 * comment cannot tell them apart. An @ inside a word (an e-mail address)
 * mentions nobody.
 */
export function mentionedIn(text: string, people: readonly Mentionable[]): string[] {
  const named = people.filter((person) => person.name.length > 0)
  const found: string[] = []
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at > 0 && partOfWord.test(text[at - 1]!)) continue
    const rest = text.slice(at + 1)
    const fits = named.filter((person) => rest.startsWith(person.name) && !partOfWord.test(rest[person.name.length] ?? ''))
    const longest = Math.max(0, ...fits.map((person) => person.name.length))
    for (const person of fits) if (person.name.length === longest && !found.includes(person.id)) found.push(person.id)
  }
  return found
}
