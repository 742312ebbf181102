import { parseArgs } from 'node:util'
import { ArticleStatus, articleStatuses } from '../../shared/article/status'
import { PersonRole } from '../../shared/people/person'
import { BundlePurpose } from '../../shared/bundle/bundle-manifest'
import { exportFormats, isExportFormat } from '../core'
import type { Command, CommandOptions, OptionName } from './command'
import { commands } from './commands/index'
import { UsageError } from './usage-error'
import { LIBRARY_PAGE_MAX } from '../../shared/article/library-page'

const optionSpec = {
  db: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  all: { type: 'boolean' },
  out: { type: 'string' },
  format: { type: 'string' },
  status: { type: 'string' },
  figure: { type: 'string' },
  draft: { type: 'boolean' },
  name: { type: 'string' },
  role: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  label: { type: 'string' },
  into: { type: 'string' },
  on: { type: 'string' },
  text: { type: 'string' },
  by: { type: 'string' },
  purpose: { type: 'string' },
  port: { type: 'string' },
  data: { type: 'string' },
  host: { type: 'string' },
  token: { type: 'string' },
  expires: { type: 'string' },
  section: { type: 'string' },
  author: { type: 'string' },
  tag: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' }
} as const

const valueOptions = { db: 'PATH', out: 'DIR', format: exportFormats.join('|'), status: articleStatuses.join('|'), figure: 'N', name: 'NAME', role: PersonRole.options.join('|'), from: 'REV', to: 'REV', label: 'TEXT', into: 'ID', on: 'WORDS', text: 'TEXT', by: 'PERSON', purpose: BundlePurpose.options.join('|'), port: 'PORT', data: 'DIR', host: 'ADDRESS', token: 'TOKEN', expires: 'DATE', section: 'SECTION', author: 'NAME', tag: 'TAG', limit: 'N', offset: 'N' } as const

export interface CommandLine {
  help: boolean
  debug: boolean
  db?: string
  command: Command
  args: string[]
  options: CommandOptions
}

/** Read before the strict parse, so --help and --debug work even on a bad line. */
export function lenientFlags(argv: string[]): { help: boolean; debug: boolean } {
  const { values } = parseArgs({ args: argv, options: optionSpec, strict: false, allowPositionals: true })
  return { help: values.help === true, debug: values.debug === true }
}

const optionIn = (message: string): string => /'(-{1,2}[^'\s<]+)/.exec(message)?.[1] ?? ''

function strictParse(argv: string[], guess: string) {
  try {
    return parseArgs({ args: argv, options: optionSpec, strict: true, allowPositionals: true, tokens: true })
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    const option = optionIn(message)
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError('cli.usage.unknown_option', { option, command: guess })
    const name = option.replace(/^-+/, '') as keyof typeof valueOptions
    const usage = name in valueOptions ? `--${name} ${valueOptions[name]}` : option
    throw new UsageError('cli.usage.bad_option', { option, usage })
  }
}

/** A value from a fixed list (--format, --status), refused by name when it is not one of them. */
function oneOf<T extends string>(name: 'format' | 'status' | 'role' | 'purpose', value: string | undefined, accepts: (value: string) => value is T): T | undefined {
  if (value === undefined) return undefined
  if (accepts(value)) return value
  throw new UsageError('cli.usage.bad_value', { option: `--${name}`, value, allowed: valueOptions[name] })
}

/** --figure counts the article's figures from 1, in body order. */
function figureNumber(value: string): number {
  if (/^[1-9][0-9]{0,5}$/.test(value)) return Number(value)
  throw new UsageError('cli.usage.bad_value', { option: '--figure', value, allowed: '1, 2, 3…' })
}

/** --port: 0 lets the system choose a free one. */
function portNumber(value: string): number {
  if (/^[0-9]{1,5}$/.test(value) && Number(value) <= 65535) return Number(value)
  throw new UsageError('cli.usage.bad_value', { option: '--port', value, allowed: '0–65535' })
}

/** --limit: how many results one search prints (at most 100), or articles one list prints (at most a library page). */
function resultLimit(value: string, command: Command): number {
  const most = command.name === 'list' ? LIBRARY_PAGE_MAX : 100
  if (/^[0-9]{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= most) return Number(value)
  throw new UsageError('cli.usage.bad_value', { option: '--limit', value, allowed: `1–${most}` })
}

/** --offset: how many of the newest articles a list skips. */
function listOffset(value: string): number {
  if (/^[0-9]{1,9}$/.test(value)) return Number(value)
  throw new UsageError('cli.usage.bad_value', { option: '--offset', value, allowed: '0, 1, 2…' })
}

/** --expires: a date (or date and time) the membership ends. */
function expiryDate(value: string): string {
  const time = Date.parse(value)
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(time)) return new Date(time).toISOString()
  throw new UsageError('cli.usage.bad_value', { option: '--expires', value, allowed: 'YYYY-MM-DD' })
}

const isStatus = (value: string): value is ArticleStatus => ArticleStatus.safeParse(value).success
const isRole = (value: string): value is PersonRole => PersonRole.safeParse(value).success
const isPurpose = (value: string): value is BundlePurpose => BundlePurpose.safeParse(value).success

/**
 * Parses `midad COMMAND [ARGS] [OPTIONS]`. Every mistake is a UsageError
 * raised before any file or database is touched.
 */
export function parseCommandLine(argv: string[]): CommandLine {
  const { help, debug } = lenientFlags(argv)
  const guess = parseArgs({ args: argv, options: optionSpec, strict: false, allowPositionals: true }).positionals[0] ?? 'midad'
  const { values, positionals, tokens } = strictParse(argv, guess)
  const [name, ...args] = positionals
  if (name === undefined) throw new UsageError('cli.usage.no_command')
  const command = commands[name]
  if (!command) throw new UsageError('cli.usage.unknown_command', { command: name })

  const own = new Set<string>(['db', 'debug', 'help', ...command.options])
  for (const token of tokens) {
    if (token.kind === 'option' && !own.has(token.name)) {
      throw new UsageError('cli.usage.unknown_option', { option: token.rawName, command: name })
    }
  }
  for (const [key, placeholder] of Object.entries(valueOptions)) {
    if (values[key as keyof typeof valueOptions] === '') {
      throw new UsageError('cli.usage.bad_option', { option: `--${key}`, usage: `--${key} ${placeholder}` })
    }
  }
  const format = oneOf('format', values.format, isExportFormat)
  const status = oneOf('status', values.status, isStatus)
  const figure = values.figure === undefined ? undefined : figureNumber(values.figure)
  const role = oneOf('role', values.role, isRole)
  const purpose = oneOf('purpose', values.purpose, isPurpose)
  const options: CommandOptions = {
    json: values.json === true,
    all: values.all === true,
    draft: values.draft === true,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(format !== undefined ? { format } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(figure !== undefined ? { figure } : {}),
    ...(values.name !== undefined ? { name: values.name } : {}),
    ...(role !== undefined ? { role } : {}),
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.to !== undefined ? { to: values.to } : {}),
    ...(values.label !== undefined ? { label: values.label } : {}),
    ...(values.into !== undefined ? { into: values.into } : {}),
    ...(values.on !== undefined ? { on: values.on } : {}),
    ...(values.text !== undefined ? { text: values.text } : {}),
    ...(values.by !== undefined ? { by: values.by } : {}),
    ...(purpose !== undefined ? { purpose } : {}),
    ...(values.port !== undefined ? { port: portNumber(values.port) } : {}),
    ...(values.data !== undefined ? { data: values.data } : {}),
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values.token !== undefined ? { token: values.token } : {}),
    ...(values.expires !== undefined ? { expires: expiryDate(values.expires) } : {}),
    ...(values.section !== undefined ? { section: values.section } : {}),
    ...(values.author !== undefined ? { author: values.author } : {}),
    ...(values.tag !== undefined ? { tag: values.tag } : {}),
    ...(values.limit !== undefined ? { limit: resultLimit(values.limit, command) } : {}),
    ...(values.offset !== undefined ? { offset: listOffset(values.offset) } : {})
  }
  for (const [option, needed] of Object.entries(command.needs ?? {}) as [OptionName, OptionName][]) {
    if (values[option] !== undefined && values[needed] === undefined) {
      throw new UsageError('cli.usage.option_needs', { option: `--${option}`, needs: `--${needed}`, usage: command.usage })
    }
  }

  const expected = typeof command.positionals === 'function' ? command.positionals(options) : command.positionals
  if (args.length < expected.length) {
    throw new UsageError('cli.usage.missing_argument', { command: name, argument: expected[args.length]!, usage: command.usage })
  }
  if (args.length > expected.length && !command.repeats) {
    throw new UsageError('cli.usage.extra_argument', { command: name, argument: args[expected.length]!, usage: command.usage })
  }
  for (const required of command.required ?? []) {
    if (values[required] === undefined) {
      throw new UsageError('cli.usage.missing_argument', { command: name, argument: `--${required} ${valueOptions[required]}`, usage: command.usage })
    }
  }
  return { help, debug, ...(values.db !== undefined ? { db: values.db } : {}), command, args, options }
}
