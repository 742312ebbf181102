import type { Command } from '../command'
import { shortRevision } from './history'

/** `midad restore ID REV`: the words of a revision back, as a new edit recorded in the history. */
export const restoreCommand: Command = {
  name: 'restore',
  usage: 'midad restore ID REV [--json]',
  positionals: ['ID', 'REV'],
  options: ['json'],
  run({ args, options, core, output }) {
    const [id, revision] = args as [string, string]
    const restored = core().restoreRevision(id, revision)
    if (options.json) return output.json(restored)
    output.say('cli.restored', { revision, id: shortRevision(restored.id) })
  }
}
