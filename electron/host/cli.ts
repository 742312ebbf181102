// `npm run web`: the desktop app's interface in a browser, for machines where the
// Electron binary is not available. Same renderer, same contract, same SQLite.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openCore, type Core } from '../core/core'
import { createHandlers } from '../core/handlers'
import { defaultDatabasePath } from '../core/default-paths'
import { MidadError } from '../../shared/contract/errors'
import { failure } from '../../shared/contract/dispatch'
import { startHost, type RunningHost } from './server'
import { parseWebOptions, PREFERRED_PORT, usage } from './cli-options'
import { openInBrowser } from './open-browser'
import { terminalLocale } from './terminal-locale'

const rendererDir = fileURLToPath(new URL('../../out/renderer/', import.meta.url))

function fail(line: string): never {
  console.error(line)
  process.exit(1)
}

function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE'
}

async function listen(core: Core, port: number | undefined): Promise<RunningHost> {
  const handlers = createHandlers(core, {
    exportFolderFor: (article) => join(dirname(core.dbPath), 'exports', article.id)
  })
  const start = (p: number) =>
    startHost({ handlers, rendererDir, mediaFilePath: (id) => core.mediaFilePath(id), port: p })
  if (port !== undefined) {
    try {
      return await start(port)
    } catch (error) {
      if (isAddressInUse(error)) fail(`Port ${port} on 127.0.0.1 is already in use; pass --port 0 for any free port.`)
      throw error
    }
  }
  try {
    return await start(PREFERRED_PORT)
  } catch (error) {
    if (!isAddressInUse(error)) throw error
    return start(0)
  }
}

async function main(): Promise<void> {
  const locale = terminalLocale()
  let core: Core | undefined
  try {
    const options = parseWebOptions(process.argv.slice(2))
    if (options.help) {
      console.log(usage)
      return
    }
    if (!existsSync(join(rendererDir, 'index.html'))) {
      fail('The interface is not built yet: run `npm run build` first (`npm run web` does it for you).')
    }
    const dbPath = resolve(options.db ?? process.env.MIDAD_DB ?? defaultDatabasePath())
    core = openCore({ dbPath })
    const host = await listen(core, options.port)

    const opened = core
    let stopping = false
    const stop = () => {
      if (stopping) return
      stopping = true
      host
        .close()
        .catch(() => {})
        .finally(() => {
          opened.close()
          process.exit(0)
        })
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)

    console.log(`Midad is running at ${host.url}  (database: ${dbPath}; Ctrl+C stops it)`)
    console.log(`MIDAD_HOST_READY ${JSON.stringify({ url: host.url, origin: host.origin, port: host.port, token: host.token, dbPath })}`)
    if (options.open) openInBrowser(host.url)
  } catch (error) {
    core?.close()
    if (error instanceof MidadError) fail(failure(error, locale).message)
    fail(`Midad could not start: ${error instanceof Error ? error.message : String(error)}`)
  }
}

await main()
