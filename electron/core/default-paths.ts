import { homedir } from 'node:os'
import { join, posix, win32 } from 'node:path'

/** Electron names the user-data folder after package.json's productName. */
export const PRODUCT_NAME = 'Midad'

const DATABASE_FILE = 'midad.sqlite'

export interface PlatformFacts {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  home: string
}

const here = (): PlatformFacts => ({ platform: process.platform, env: process.env, home: homedir() })

/**
 * The folder Electron's `app.getPath('userData')` gives the desktop app, worked
 * out without Electron so the CLI finds the same database the app uses.
 */
export function defaultUserDataDir(facts: PlatformFacts = here()): string {
  const { platform, env, home } = facts
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME)
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), PRODUCT_NAME)
}

export function defaultDatabasePath(facts: PlatformFacts = here()): string {
  const dir = defaultUserDataDir(facts)
  return (facts.platform === 'win32' ? win32 : posix).join(dir, DATABASE_FILE)
}

/** Which database a shell opens, asked of the one rule every shell follows. */
export interface DatabaseChoice {
  /** The file named on the command line (`--db`). */
  named?: string
  /** The environment the CLI and the web host run in, where MIDAD_DB may name the file. */
  env?: Record<string, string | undefined>
  /** The desktop app's user-data folder as Electron gives it; worked out as Electron would otherwise. */
  userDataDir?: string
}

/**
 * The database a shell opens: the one named on its command line, else
 * MIDAD_DB, else `midad.sqlite` in the desktop app's user-data folder — so the
 * CLI, the web host and the app find the same newsroom unless told otherwise.
 */
export function databasePathFor(choice: DatabaseChoice = {}): string {
  if (choice.named) return choice.named
  if (choice.env?.MIDAD_DB) return choice.env.MIDAD_DB
  return choice.userDataDir === undefined ? defaultDatabasePath() : join(choice.userDataDir, DATABASE_FILE)
}
