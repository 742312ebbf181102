import type { ArticleStatus } from '../../shared/article/status'
import type { PersonRole } from '../../shared/people/person'
import type { Core, ExportFormat } from '../core'
import type { Locale } from '../../shared/i18n/translate'
import type { BundlePurpose } from '../../shared/bundle/bundle-manifest'

/** What one command writes: its result lines go to stdout, nothing else. */
export interface CommandOutput {
  print(text: string): void
  json(value: unknown): void
  say(key: string, params?: Record<string, string | number>): void
  /** A message in the interface language, for a command that builds its own lines. */
  text(key: string, params?: Record<string, string | number>): string
  /**
   * Redraws the progress line of a long run on a terminal (stderr); does
   * nothing when stderr is a file or a pipe. `null` clears it.
   */
  progress(state: { done: number; total: number; label: string } | null): void
}

export interface CommandOptions {
  json: boolean
  all: boolean
  out?: string
  format?: ExportFormat
  status?: ArticleStatus
  figure?: number
  /** Export as a marked draft (noindex, no publish date), even while the check finds errors. */
  draft?: boolean
  /** A person's display name (profile). */
  name?: string
  role?: PersonRole
  /** Revisions to compare (diff); absent `to` is now. */
  from?: string
  to?: string
  /** A revision's label (revision). */
  label?: string
  /** The existing article a file is a newer version of (import). */
  into?: string
  /** The words a comment is about (comment). */
  on?: string
  /** What a comment says (comment). */
  text?: string
  /** The person whose suggestions a decision takes (accept, reject): a display name or an id. */
  by?: string
  /** Why a bundle is sent (bundle): for review, or back to the journalist. */
  purpose?: BundlePurpose
  /** The hub's port (hub); 0 for any free one. */
  port?: number
  /** The hub's data folder (hub). */
  data?: string
  /** Where the hub listens (hub); 127.0.0.1 unless given. */
  host?: string
  /** A hub member token (join). */
  token?: string
  /** When a hub membership ends (hub member add), ISO. */
  expires?: string
  /** Search filters (search): a section, a byline's words, a tag. */
  section?: string
  author?: string
  tag?: string
  /** How many results one search prints (search, 1 to 100) or articles one list prints (list, 1 to 500). */
  limit?: number
  /** How many of the newest articles a list skips (list). */
  offset?: number
}

export type OptionName = 'json' | 'out' | 'format' | 'all' | 'status' | 'figure' | 'draft' | 'name' | 'role' | 'from' | 'to' | 'label' | 'into' | 'on' | 'text' | 'by' | 'purpose' | 'port' | 'data' | 'host' | 'token' | 'expires' | 'section' | 'author' | 'tag' | 'limit' | 'offset'

export interface CommandContext {
  args: string[]
  options: CommandOptions
  /** The database file the line names (--db, MIDAD_DB or the app's), not yet opened. */
  dbPath: string
  /** Opens the database on first use, so a command refuses bad input before touching it. */
  core(): Core
  output: CommandOutput
  /** The language of what the command prints, from the environment runCli was given. */
  locale: Locale
  /** With --debug: where a command that keeps its own log (the hub) echoes it. */
  debugEcho?: (line: string) => void
}

export interface Command {
  name: string
  /** How the command is written, shown in usage errors. */
  usage: string
  /** Names of the positional arguments it takes, in order (which may depend on its options). */
  positionals: string[] | ((options: CommandOptions) => string[])
  /** The last positional may be given many times (import FILE…). */
  repeats?: boolean
  /** The command may create the database (import, init); the others refuse a path where there is none. */
  createsDatabase?: boolean
  /** Options of its own, beyond --db, --debug and --help. */
  options: OptionName[]
  required?: ('out' | 'figure' | 'on' | 'text' | 'data' | 'token')[]
  /** Options that only mean something beside another one (--status with --all). */
  needs?: Partial<Record<OptionName, OptionName>>
  /** Returns the exit code when it is not 0 without being a failure (lint finding errors). */
  run(context: CommandContext): Promise<number | void> | number | void
}
