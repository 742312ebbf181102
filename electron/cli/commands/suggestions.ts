import type { SuggestionView } from '../../../shared/review/review-views'
import type { Command, CommandOutput } from '../command'
import { namesOf, shortId } from './comments'

/** What a suggestion would change, as `midad diff` marks words: [-taken out-] and {+added+}. */
function changeOf(suggestion: SuggestionView, output: CommandOutput): string {
  const parts = [suggestion.deleted ? `[-${suggestion.deleted}-]` : '', suggestion.inserted ? `{+${suggestion.inserted}+}` : ''].filter(Boolean)
  if (suggestion.changesFormat) parts.push(`(${output.text('cli.suggestions.format')})`)
  return parts.join('')
}

/** `midad suggestions ID [--json]`: the suggestions waiting for a decision, in reading order, with who made each. */
export const suggestionsCommand: Command = {
  name: 'suggestions',
  usage: 'midad suggestions ID [--json]',
  positionals: ['ID'],
  options: ['json'],
  run({ args, options, core, output }) {
    const suggestions = core().listSuggestions(args[0]!)
    if (options.json) return output.json(suggestions)
    if (suggestions.length === 0) return output.say('cli.suggestions.none')
    const name = namesOf(core(), suggestions.flatMap((suggestion) => (suggestion.author ? [suggestion.author.by] : [])), output)
    for (const suggestion of suggestions) output.print(`${shortId(suggestion.id)}  ${name(suggestion.author?.by ?? null)}  ${changeOf(suggestion, output)}`)
  }
}
