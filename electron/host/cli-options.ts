import { parseArgs } from 'node:util'
import { MidadError } from '../../shared/contract/errors'
import { isBundlePath } from '../core'

/** Friendlier than a random port: the same address across runs when it is free. */
export const PREFERRED_PORT = 5417

export interface WebOptions {
  db: string | undefined
  /** undefined: the preferred port, or any free one if it is taken. */
  port: number | undefined
  open: boolean
  help: boolean
  /** --debug: the log's lines on stderr too. */
  debug?: boolean
  /** .midad files named after the options: the page offers to open them, as the app does a file opened with it. */
  bundles: string[]
}

export const usage = `Usage: npm run web -- [--db PATH] [--port N] [--open] [FILE.midad …]
  --db PATH   the SQLite file (default: $MIDAD_DB, else the app's user-data folder)
  --port N    the port on 127.0.0.1 (default ${PREFERRED_PORT}, or a free one if taken; 0 = any free port)
  --open      open the page in the default browser (and let "open folder" show exports in the file manager)
  --debug     also show the log (midad.log, beside the database) on stderr
  FILE.midad  review bundles the page offers to open, as the app does a bundle opened with it
Messages follow the terminal's language (LC_ALL, LC_MESSAGES or LANG: en… for English, Arabic otherwise); MIDAD_LOCALE=ar or en decides over it.`

export function parseWebOptions(argv: string[]): WebOptions {
  let values
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        open: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        debug: { type: 'boolean', default: false }
      },
      strict: true,
      allowPositionals: true
    }))
  } catch (error) {
    const option = /'([^']+)'/.exec(String((error as Error).message))?.[1] ?? 'argv'
    throw new MidadError('invalid_input', { field: option })
  }
  let port: number | undefined
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) {
      throw new MidadError('invalid_input', { field: '--port' })
    }
    port = Number(values.port)
  }
  if (values.db !== undefined && values.db.trim() === '') {
    throw new MidadError('invalid_input', { field: '--db' })
  }
  // Only review bundles may be named: anything else is a mistyped option or a file the host cannot take.
  const notBundle = positionals.find((path) => !isBundlePath(path))
  if (notBundle !== undefined) throw new MidadError('invalid_input', { field: notBundle })
  return { db: values.db, port, open: values.open ?? false, help: values.help ?? false, ...(values.debug ? { debug: true } : {}), bundles: positionals }
}
