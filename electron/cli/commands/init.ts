import { existsSync } from 'node:fs'
import type { Command } from '../command'

/**
 * `midad init [--db PATH]`: the one way besides import to make a database,
 * so a mistyped --db on any other command is refused instead of silently
 * starting an empty newsroom. An existing Midad database is left as it is.
 */
export const initCommand: Command = {
  name: 'init',
  usage: 'midad init [--db PATH] [--json]',
  positionals: [],
  createsDatabase: true,
  options: ['json'],
  run({ dbPath, options, core, output }) {
    const existed = existsSync(dbPath)
    const path = core().dbPath
    if (options.json) output.json({ dbPath: path, created: !existed })
    else output.say(existed ? 'cli.init.exists' : 'cli.init.created', { path })
  }
}
