import type { Command } from '../command'

/** `midad share ID…`: these articles sync with the hub from now on. */
export const shareCommand: Command = {
  name: 'share',
  usage: 'midad share ID… [--json]',
  positionals: ['ID'],
  repeats: true,
  options: ['json'],
  run({ args, options, core, output }) {
    const status = core().shareArticles(args, true)
    if (options.json) return output.json(status)
    output.say('cli.hub.shared', { count: new Set(args.map((id) => id.toLowerCase())).size, total: status.shared.length })
  }
}
