import type { Command } from '../command'

/** `midad join URL --token T`: this desk joins a newsroom hub; the token is checked with the hub first. */
export const joinCommand: Command = {
  name: 'join',
  usage: 'midad join URL --token TOKEN [--json]',
  positionals: ['URL'],
  options: ['token', 'json'],
  required: ['token'],
  async run({ args, options, core, output }) {
    const status = await core().joinHub(args[0]!, options.token!)
    if (options.json) return output.json(status)
    output.say('cli.hub.joined', { url: status.link!.url, name: status.link!.memberName ?? '', role: status.link!.role ?? '' })
  }
}
