import type { Person } from '../../../shared/people/person'
import type { ShownSuggestion } from './review-snapshot'

// Ids are UUIDs; anything else from a merged document is left uncoloured rather than written into a style sheet.
const safeId = /^[A-Za-z0-9-]{1,64}$/
const safeColour = /^#[0-9a-fA-F]{3,8}$/

/** Paints each suggestion in the body in its author's colour, by id, without walking the body. */
export function SuggesterColours({ suggestions, people }: { suggestions: readonly ShownSuggestion[]; people: ReadonlyMap<string, Person> }) {
  const rules = suggestions.flatMap((suggestion) => {
    const colour = suggestion.by ? people.get(suggestion.by)?.colour : undefined
    if (!colour || !safeId.test(suggestion.id) || !safeColour.test(colour)) return []
    return [`.article-body [data-suggestion="${suggestion.id}"]{--suggester:${colour}}`]
  })
  return rules.length > 0 ? <style>{rules.join('\n')}</style> : null
}
