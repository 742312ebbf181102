import type { Command } from '../command'
import { shortRevision } from './history'

/** `midad revision ID [--label TEXT]`: keeps the article as it is now as a named revision. */
export const revisionCommand: Command = {
  name: 'revision',
  usage: 'midad revision ID [--label TEXT] [--json]',
  positionals: ['ID'],
  options: ['json', 'label'],
  run({ args, options, core, output }) {
    const saved = core().saveRevision(args[0]!, options.label)
    if (options.json) return output.json(saved)
    output.say('cli.revision_saved', { id: shortRevision(saved.id) })
  }
}
