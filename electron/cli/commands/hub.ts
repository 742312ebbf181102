import { resolve } from 'node:path'
import { PersonRole } from '../../../shared/people/person'
import { startHub } from '../../hub/hub-server'
import { openHubMembers } from '../../hub/hub-members-file'
import { MemberExists } from '../../hub/members'
import type { Command, CommandContext } from '../command'
import { UsageError } from '../usage-error'

const usage = 'midad hub --data DIR [--port PORT] [--host ADDRESS] | midad hub member add NAME --role R --data DIR [--expires DATE] | midad hub member list --data DIR | midad hub member revoke NAME --data DIR'

/** Runs the hub until the process is asked to stop (Ctrl+C, SIGTERM). */
async function serve({ options, output, debugEcho }: CommandContext): Promise<void> {
  const dataDir = resolve(options.data!)
  const hub = await startHub({ port: options.port ?? 0, ...(options.host ? { host: options.host } : {}), dataDir, ...(debugEcho ? { debugEcho } : {}) })
  // Listening for the signals before the address is out: whoever reads it may stop the hub at once.
  const stopped = new Promise<void>((done) => {
    process.once('SIGINT', () => done())
    process.once('SIGTERM', () => done())
  })
  // The address alone on the first line: scripts and tests read it from there.
  output.print(hub.url)
  output.say('cli.hub.running', { dataDir })
  await stopped
  await hub.close()
}

function members({ args, options, output }: CommandContext): void {
  const [what, name, ...rest] = args.slice(1)
  const extra = rest[0] ?? (what === 'list' ? name : undefined)
  if (extra !== undefined) throw new UsageError('cli.usage.extra_argument', { command: 'hub member', argument: extra, usage })
  const file = openHubMembers(resolve(options.data!))
  try {
    if (what === 'add') {
      if (name === undefined) throw new UsageError('cli.usage.missing_argument', { command: 'hub member add', argument: 'NAME', usage })
      if (!options.role) throw new UsageError('cli.usage.missing_argument', { command: 'hub member add', argument: `--role ${PersonRole.options.join('|')}`, usage })
      let token: string
      try {
        token = file.members.add(name, options.role, options.expires ? { expiresAt: options.expires } : {})
      } catch (error) {
        if (error instanceof MemberExists) throw new UsageError('cli.hub.member_exists', { name: error.memberName })
        throw new UsageError('cli.usage.bad_value', { option: 'NAME', value: name, allowed: '1–80' })
      }
      // The token alone on one line: it is shown this once and never again.
      output.print(token)
      return
    }
    if (what === 'list') {
      const list = file.members.list()
      if (options.json) return output.json(list)
      if (list.length === 0) return output.say('cli.hub.no_members')
      for (const member of list) {
        const state = member.revokedAt ? 'revoked' : member.expiresAt && Date.parse(member.expiresAt) <= Date.now() ? 'expired' : 'active'
        output.say('cli.hub.member', { name: member.name, role: member.role, state, expires: member.expiresAt ?? '' })
      }
      return
    }
    if (what === 'revoke') {
      if (name === undefined) throw new UsageError('cli.usage.missing_argument', { command: 'hub member revoke', argument: 'NAME', usage })
      if (!file.members.revoke(name)) throw new UsageError('cli.hub.no_such_member', { name })
      return output.say('cli.hub.revoked', { name })
    }
    throw new UsageError('cli.usage.extra_argument', { command: 'hub member', argument: what ?? '', usage })
  } finally {
    file.close()
  }
}

/**
 * `midad hub`: the newsroom hub, and its members. Neither touches a desk's
 * database: the hub keeps its own file in its data folder.
 */
export const hubCommand: Command = {
  name: 'hub',
  usage,
  positionals: [],
  repeats: true,
  options: ['port', 'data', 'host', 'role', 'expires', 'json'],
  required: ['data'],
  run(context) {
    const [sub] = context.args
    if (sub === undefined) return serve(context)
    if (sub === 'member') return members(context)
    throw new UsageError('cli.usage.extra_argument', { command: 'hub', argument: sub, usage })
  }
}
