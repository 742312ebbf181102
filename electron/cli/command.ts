import type { Core } from '../core/core'

/** What one command writes: its result lines go to stdout, nothing else. */
export interface CommandOutput {
  print(text: string): void
  json(value: unknown): void
  say(key: string, params?: Record<string, string | number>): void
  /** A message in the interface language, for a command that builds its own lines. */
  text(key: string, params?: Record<string, string | number>): string
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
  /** Returns the exit code when it is not 0 without being a failure (lint finding errors). */
  run(context: CommandContext): Promise<number | void> | number | void
}
