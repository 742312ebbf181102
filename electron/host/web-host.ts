import { dirname, join, resolve } from 'node:path'
import { openCore, type Core, createHandlers, createOpenedBundles, logFileBeside, openLog } from '../core'
import { hostMediaUrl } from '../../shared/contract/wire'
import { openWithSystem } from './open-browser'
import { startHost, type RunningHost } from './server'
import { PREFERRED_PORT } from './cli-options'

export interface WebHostOptions {
  dbPath: string
  rendererDir: string
  /** undefined: the preferred port, or any free one if it is taken. */
  port: number | undefined
  /**
   * Launched with --open: someone sits at this machine's desktop, so "open
   * folder" hands an export folder to the system's opener. Otherwise (a
   * server, the tests) the host opens nothing and answers with the folder.
   */
  openFolders?: boolean
  /** With --debug: the log's lines, as they are written to midad.log, handed here (stderr) too. */
  debugEcho?: (line: string) => void
  /** .midad files the page offers to open once it loads (named on the command line). */
  bundles?: readonly string[]
}

export interface WebHost {
  host: RunningHost
  dbPath: string
  stop(): Promise<void>
}

/** The port asked for explicitly is taken; picking another would surprise. */
export class PortInUse extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} on 127.0.0.1 is already in use; pass --port 0 for any free port.`)
  }
}

const isAddressInUse = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE'

/**
 * Opens the database and serves it with the built renderer. Exports go next
 * to the database, one folder per article, because a browser cannot offer
 * the desktop app's folder picker.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const dbPath = resolve(options.dbPath)
  const log = openLog({ file: logFileBeside(dbPath), ...(options.debugEcho ? { echo: options.debugEcho } : {}) })
  let core: Core
  try {
    core = openCore({ dbPath, log })
  } catch (error) {
    await log.close()
    throw error
  }
  const exports = join(dirname(dbPath), 'exports')
  const openedBundles = createOpenedBundles()
  openedBundles.offer(options.bundles ?? [])
  try {
    const handlers = createHandlers(core, {
      openedBundles,
      exportsFolderFor: () => exports,
      exportBatchFolder: () => exports,
      bundleFolder: () => join(dirname(dbPath), 'bundles'),
      mediaUrl: hostMediaUrl,
      openFolder: (folder) => {
        if (!options.openFolders) return false
        openWithSystem(folder, (error) => log.warn('the system could not open a folder', { folder, error }))
        return true
      },
      // The system's opener shows the log's folder; the file itself is named on the page.
      revealFile: (file) => {
        if (!options.openFolders) return false
        openWithSystem(dirname(file), (error) => log.warn('the system could not open a folder', { folder: dirname(file), error }))
        return true
      }
    })
    const start = (port: number) =>
      startHost({ handlers, rendererDir: options.rendererDir, storedPicture: (id) => core.storedPicture(id), port, log, events: core })
    let host: RunningHost
    if (options.port !== undefined) {
      try {
        host = await start(options.port)
      } catch (error) {
        throw isAddressInUse(error) ? new PortInUse(options.port) : error
      }
    } else {
      try {
        host = await start(PREFERRED_PORT)
      } catch (error) {
        if (!isAddressInUse(error)) throw error
        host = await start(0)
      }
    }
    // A desk that joined a hub keeps its shared articles in step while the host runs.
    core.startLiveSync()
    return {
      host,
      dbPath,
      stop: async () => {
        await host.close().catch((error: unknown) => log.warn('the web host did not close cleanly', { error }))
        await core.stopLiveSync()
        core.close()
        await log.close()
      }
    }
  } catch (error) {
    core.close()
    await log.close()
    throw error
  }
}
