import type { Core } from '../core/core'

/** What one command writes: its result lines go to stdout, nothing else. */
export interface CommandOutput {
  print(text: string): void
  json(value: unknown): void
  say(key: string, params?: Record<string, string | number>): void
}

export interface CommandContext {
  args: string[]
  options: { json: boolean; out?: string }
  /** Opens the database on first use, so a command refuses bad input before touching it. */
  core(): Core
  output: CommandOutput
}

export interface Command {
  name: string
  /** How the command is written, shown in usage errors. */
  usage: string
  /** Names of the positional arguments it takes, in order. */
  positionals: string[]
  /** Options of its own, beyond --db, --debug and --help. */
  options: ('json' | 'out')[]
  required?: ('out')[]
  run(context: CommandContext): Promise<void> | void
}
