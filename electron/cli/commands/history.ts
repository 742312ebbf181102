import type { Command } from '../command'

/** A revision's id as the history prints it: enough of it for `diff` and `restore` to find it. */
export const shortRevision = (id: string): string => id.slice(0, 8)

/** `midad history ID [--json]`: every revision of the article, oldest first. */
export const historyCommand: Command = {
  name: 'history',
  usage: 'midad history ID [--json]',
  positionals: ['ID'],
  options: ['json'],
  run({ args, options, core, output }) {
    const history = core().articleHistory(args[0]!)
    if (options.json) {
      output.json(
        history.map((revision) => ({
          id: revision.id,
          at: revision.at,
          author: revision.author ? { name: revision.author.name, role: revision.author.role } : null,
          kind: revision.kind,
          label: revision.label,
          wordsAdded: revision.wordsAdded,
          wordsRemoved: revision.wordsRemoved
        }))
      )
      return
    }
    if (history.length === 0) return output.say('cli.history.none')
    for (const revision of history) {
      const author = revision.author ? `${revision.author.name} (${output.text(`role.${revision.author.role}`)})` : output.text('revision.nobody')
      const kind = output.text(`revision.kind.${revision.kind}`)
      const label = revision.label ? `  «${revision.label}»` : ''
      output.print(`${shortRevision(revision.id)}  ${revision.at}  ${author}  ${kind}${label}  ${output.text('revision.words', { added: revision.wordsAdded, removed: revision.wordsRemoved })}`)
    }
  }
}
