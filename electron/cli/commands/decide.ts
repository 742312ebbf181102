import type { SuggestionPick } from '../../../shared/review/review-views'
import type { Core } from '../../core'
import type { Command, CommandOptions } from '../command'
import { UsageError } from '../usage-error'
import { namesOf } from './comments'

/** The suggestion the line names: its id, or the start of it the list shows when only one pending suggestion starts so. */
function suggestionNamed(core: Core, id: string, named: string): string {
  const starting = core.listSuggestions(id).filter((suggestion) => suggestion.id.startsWith(named))
  return starting.length === 1 ? starting[0]!.id : named
}

/** The person --by names: an author of a waiting suggestion, by display name or id. Nobody known by it takes nothing. */
function authorNamed(core: Core, id: string, person: string): string {
  const authors = core.listSuggestions(id).flatMap((suggestion) => (suggestion.author ? [suggestion.author.by] : []))
  if (authors.includes(person)) return person
  return core.findPeople([...new Set(authors)]).find((known) => known.name === person.trim())?.id ?? person
}

function pickOf(core: Core, id: string, args: string[], options: CommandOptions): SuggestionPick {
  if (options.all) return { all: true }
  if (options.by !== undefined) return { by: authorNamed(core, id, options.by) }
  return { suggestion: suggestionNamed(core, id, args[1]!) }
}

/** `midad accept|reject ID (--all | --by PERSON | SUGGESTION) [--json]`: a decision on suggestions, as the desk's person. */
function decisionCommand(decision: 'accept' | 'reject'): Command {
  const usage = `midad ${decision} ID (--all | --by PERSON | SUGGESTION) [--json]`
  return {
    name: decision,
    usage,
    positionals: (options) => (options.all || options.by !== undefined ? ['ID'] : ['ID', 'SUGGESTION']),
    options: ['json', 'all', 'by'],
    run({ args, options, core, output }) {
      if (options.all && options.by !== undefined) throw new UsageError('cli.usage.one_of', { options: '--all, --by', usage })
      const id = args[0]!
      const { decided, statusChange } = core().decideSuggestions(id, decision, pickOf(core(), id, args, options))
      if (options.json) return output.json(statusChange ? { decided, statusChange } : { decided })
      if (decided.length === 0) return output.say('cli.decided.none')
      output.say('cli.decided', { decision, count: decided.length })
      const name = namesOf(core(), decided.flatMap((record) => (record.suggestedBy ? [record.suggestedBy] : [])), output)
      for (const record of decided) {
        const change = [record.deleted ? `[-${record.deleted}-]` : '', record.inserted ? `{+${record.inserted}+}` : ''].join('')
        output.print(`  ${record.suggestion.slice(0, 8)}  ${name(record.suggestedBy)}  ${change}`)
      }
      if (statusChange) output.say('workflow.backToReview', { status: output.text(`status.${statusChange.from ?? 'approved'}`) })
    }
  }
}

export const acceptCommand = decisionCommand('accept')
export const rejectCommand = decisionCommand('reject')
