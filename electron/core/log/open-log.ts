import { dirname, join } from 'node:path'
import { Writable } from 'node:stream'
import winston from 'winston'
import { writableDetails } from './error-details'
import type { Log } from './log'

/** The log's name; it sits in the database's folder, so each newsroom profile has its own. */
export const LOG_FILE_NAME = 'midad.log'

export const logFileBeside = (dbPath: string): string => join(dirname(dbPath), LOG_FILE_NAME)

export interface LogOptions {
  /** The log file; rotated files are `midad1.log`, `midad2.log`… beside it, the newest always `midad.log`. */
  file: string
  /** Size at which the file is rotated (default 1 MiB); tests make it tiny. */
  maxBytes?: number
  /** How many files are kept, the current one included (default 5). */
  maxFiles?: number
  /** With --debug: every line is also handed here (the process's stderr). */
  echo?: (line: string) => void
}

export interface FileLog extends Log {
  readonly file: string
  /** Waits until every line written so far is in the file. */
  close(): Promise<void>
}

const DEFAULT_MAX_BYTES = 1024 * 1024
const DEFAULT_MAX_FILES = 5

const line = winston.format.printf((info) => {
  const { level, message, timestamp, ...details } = info
  const extra = Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : ''
  return `${String(timestamp)} ${level.toUpperCase()} ${String(message)}${extra}`
})

/**
 * The app's log file, one JSON object a line, rotated by size by winston.
 * The file is opened at the first line written, so a run with nothing to
 * say leaves nothing behind; a log that cannot be written (a folder it may
 * not write) never stops the work it was describing.
 */
export function openLog(options: LogOptions): FileLog {
  let unwritable = false
  const cannotWrite = (error: unknown): void => {
    // Said once, on the echo if there is one: the file itself cannot hold it.
    if (unwritable) return
    unwritable = true
    options.echo?.(`the log file ${options.file} cannot be written: ${error instanceof Error ? error.message : String(error)}\n`)
  }

  let fileTransport: winston.transport | undefined
  let letCloseGo = (): void => undefined
  const fileFailed = new Promise<void>((resolve) => {
    letCloseGo = resolve
  })
  const transports = (): winston.transport[] => {
    const list: winston.transport[] = []
    try {
      const file = new winston.transports.File({
        filename: options.file,
        maxsize: options.maxBytes ?? DEFAULT_MAX_BYTES,
        maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES,
        // The newest lines are always in midad.log; older files count up from midad1.log.
        tailable: true,
        format: winston.format.json()
      })
      // A file that cannot be opened never finishes: it leaves the logger,
      // and a close already waiting for it is let go.
      file.on('error', (error) => {
        cannotWrite(error)
        logger?.remove(file)
        letCloseGo()
      })
      list.push(file)
      fileTransport = file
    } catch (error) {
      // Its folder could not be made (a file stands where the folder should be).
      cannotWrite(error)
    }
    if (options.echo) {
      const echo = options.echo
      const stream = new Writable({
        write: (chunk: Buffer | string, _encoding, done) => {
          echo(String(chunk))
          done()
        }
      })
      list.push(new winston.transports.Stream({ stream, format: line }))
    }
    return list
  }

  let logger: winston.Logger | undefined
  const opened = (): winston.Logger => {
    if (logger) return logger
    logger = winston.createLogger({ level: 'info', format: winston.format.timestamp(), transports: transports(), exitOnError: false })
    logger.on('error', cannotWrite)
    return logger
  }

  let closed: Promise<void> | undefined
  const write = (level: 'info' | 'warn' | 'error') => (message: string, details?: Record<string, unknown>) => {
    if (closed) return
    opened().log(level, message, writableDetails(details))
  }
  return {
    file: options.file,
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        if (!logger) return resolve()
        // The logger finishes before its file does: the file's own finish
        // comes once its last line (and any rotation it started) is written.
        const file = fileTransport
        if (file) file.on('finish', () => resolve())
        else logger.on('finish', () => resolve())
        void fileFailed.then(resolve)
        logger.end()
      }))
  }
}
