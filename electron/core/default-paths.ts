import { homedir } from 'node:os'
import { posix, win32 } from 'node:path'

/** Electron names the user-data folder after package.json's productName. */
export const PRODUCT_NAME = 'Midad'

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
  return (facts.platform === 'win32' ? win32 : posix).join(dir, 'midad.sqlite')
}
