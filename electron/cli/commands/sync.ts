import type { Command } from '../command'

/** `midad sync`: one sync with the hub, then exit; says what went and what came. */
export const syncCommand: Command = {
  name: 'sync',
  usage: 'midad sync [--json]',
  positionals: [],
  options: ['json'],
  async run({ options, core, output }) {
    const summary = await core().syncWithHub()
    if (options.json) return output.json(summary)
    output.say('cli.hub.synced', { ...summary })
  }
}
