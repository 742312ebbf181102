import { MidadError } from '../../shared/contract/errors'
import { translate, type Locale } from '../../shared/i18n/translate'
import { existsSync, statSync } from 'node:fs'
import { databaseFailure, databasePathFor, envLocale, openCore, type Core, logFileBeside, openLog, type FileLog } from '../core'
import { cliErrorKey } from './cli-error-key'
import type { CommandOutput } from './command'
import { lenientFlags, parseCommandLine } from './command-line'
import { progressLine } from './progress-line'
import { UsageError } from './usage-error'
import { withEscapedControls } from './visible-controls'

export interface CliStreams {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Given only when stderr is a terminal, which can redraw a line in place. */
  terminal?: { columns: number }
}

// Carriage return, then erase the line: the progress line is redrawn in place.
const eraseLine = '\r\u001b[2K'

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim()

/**
 * A failure in the words the desk needs: an article id that names nothing is
 * one message and one exit code in every command, as a mistyped argument is;
 * a SQLite failure is named by what it means for the database file.
 */
function explained(error: unknown, dbPath: string | undefined): unknown {
  if (error instanceof MidadError && error.code === 'not_found' && error.message.startsWith('article ')) {
    return new UsageError('cli.lint.unknown_article', { id: error.message.slice('article '.length) })
  }
  return (dbPath !== undefined && databaseFailure(error, dbPath)) || error
}

/** Read commands look at an existing database; only import and init make one. */
function refuseMissingDatabase(dbPath: string): void {
  if (!existsSync(dbPath) || statSync(dbPath).isDirectory()) throw new UsageError('cli.db_missing', { path: dbPath })
}

function failureLine(error: unknown, locale: Locale): string {
  if (error instanceof UsageError) return translate(locale, error.key, error.params)
  if (error instanceof MidadError) return translate(locale, cliErrorKey(error.code), error.params)
  // Not one of ours (a disk or SQLite failure): the cause is worth one line.
  const cause = error instanceof Error ? error.message : String(error)
  return `${translate(locale, 'error.internal')} (${cause})`
}

/**
 * Runs one `midad` command line and returns its exit code: 0 on success, 2
 * when the line is written wrongly, 1 for anything else. A failure is one
 * translated line on stderr; the stack only with --debug.
 */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv, streams: CliStreams): Promise<number> {
  const locale = envLocale(env)
  let drawn = false
  const clearProgress = (): void => {
    if (drawn) streams.stderr(eraseLine)
    drawn = false
  }
  // A result line is written on a clean line: the progress line, on the same
  // terminal, is erased first and drawn again by the next progress call.
  const line = (text: string): void => {
    clearProgress()
    streams.stdout(`${text}\n`)
  }
  const output: CommandOutput = {
    print: line,
    json: (value) => line(withEscapedControls(JSON.stringify(value, null, 2))),
    say: (key, params) => line(translate(locale, key, params)),
    text: (key, params) => translate(locale, key, params),
    progress: (state) => {
      const terminal = streams.terminal
      if (!terminal) return
      if (!state) return clearProgress()
      streams.stderr(`${eraseLine}${progressLine(state, terminal.columns)}`)
      drawn = true
    }
  }
  let debug = false
  let core: Core | undefined
  let log: FileLog | undefined
  let dbPath: string | undefined
  try {
    const flags = lenientFlags(argv)
    debug = flags.debug
    if (flags.help || argv[0] === 'help') {
      output.say('cli.help')
      return 0
    }
    const line = parseCommandLine(argv)
    const path = databasePathFor({ named: line.db, env })
    dbPath = path
    const opened = (): Core => {
      if (!line.command.createsDatabase) refuseMissingDatabase(path)
      // Beside the database the command works on; with --debug, on stderr too.
      log = openLog({ file: logFileBeside(path), ...(debug ? { echo: streams.stderr } : {}) })
      return openCore({ dbPath: path, log })
    }
    const code = await line.command.run({
      args: line.args,
      options: line.options,
      dbPath: path,
      core: () => (core ??= opened()),
      output,
      locale,
      ...(debug ? { debugEcho: streams.stderr } : {})
    })
    return code ?? 0
  } catch (thrown) {
    const error = explained(thrown, dbPath)
    clearProgress()
    streams.stderr(`${oneLine(failureLine(error, locale))}\n`)
    if (debug && error instanceof Error && error.stack) streams.stderr(`${error.stack}\n`)
    return error instanceof UsageError ? 2 : 1
  } finally {
    clearProgress()
    core?.close()
    await log?.close()
  }
}
