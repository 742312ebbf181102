import type { Command } from '../command'
import { UsageError } from '../usage-error'

/** `midad profile [--name N] [--role R]`: says, or states, who uses this desk. */
export const profileCommand: Command = {
  name: 'profile',
  usage: 'midad profile [--name NAME] [--role journalist|editor|web_desk] [--json]',
  positionals: [],
  options: ['json', 'name', 'role'],
  run({ options, core, output }) {
    let profile = core().getProfile()
    if (options.name !== undefined || options.role !== undefined) {
      const name = options.name ?? profile?.name
      if (name === undefined) throw new UsageError('cli.profile.name_needed')
      profile = core().saveProfile({ name, role: options.role ?? profile?.role ?? 'journalist' })
    }
    if (options.json) return output.json(profile)
    if (!profile) return output.say('cli.profile.none')
    output.say('cli.profile.shown', { name: profile.name, role: output.text(`role.${profile.role}`) })
  }
}
