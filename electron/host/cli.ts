// `npm run web`: the desktop app's interface in a browser, for machines where the
// Electron binary is not available. Same renderer, same contract, same SQLite.
import '../../scripts/require-node.js'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { databasePathFor, envLocale } from '../core'
import { MidadError } from '../../shared/contract/errors'
import { failure } from '../../shared/contract/dispatch'
import { translate } from '../../shared/i18n/translate'
import { parseWebOptions, usage } from './cli-options'
import { openInBrowser } from './open-browser'
import { PortInUse, startWebHost } from './web-host'

const rendererDir = fileURLToPath(new URL('../../out/renderer/', import.meta.url))

const toStderr = (line: string): void => {
  process.stderr.write(line)
}

function fail(line: string): never {
  console.error(line)
  process.exit(1)
}

async function main(): Promise<void> {
  const locale = envLocale()
  try {
    const options = parseWebOptions(process.argv.slice(2))
    if (options.help) {
      console.log(usage)
      return
    }
    if (!existsSync(join(rendererDir, 'index.html'))) {
      fail(translate(locale, 'host.not_built'))
    }
    const web = await startWebHost({
      dbPath: databasePathFor({ named: options.db, env: process.env }),
      rendererDir,
      port: options.port,
      openFolders: options.open,
      bundles: options.bundles,
      ...(options.debug ? { debugEcho: toStderr } : {})
    })

    let stopping = false
    const stop = () => {
      if (stopping) return
      stopping = true
      web.stop().finally(() => process.exit(0))
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)

    const { host } = web
    console.log(translate(locale, 'host.running', { url: host.url, dbPath: web.dbPath }))
    console.log(
      `MIDAD_HOST_READY ${JSON.stringify({ url: host.url, origin: host.origin, port: host.port, token: host.token, dbPath: web.dbPath })}`
    )
    if (options.open) openInBrowser(host.url)
  } catch (error) {
    if (error instanceof MidadError) fail(failure(error, locale).message)
    if (error instanceof PortInUse) fail(translate(locale, 'host.port_in_use', { port: error.port }))
    fail(translate(locale, 'host.could_not_start', { detail: error instanceof Error ? error.message : String(error) }))
  }
}

await main()
