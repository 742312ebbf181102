// Finds the Electron executable the way node_modules/electron/index.js does,
// but without its fallback: that module downloads the binary from GitHub on
// first use, which on an offline machine fails with a stack trace.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'

/**
 * @param {string} projectRoot the folder holding Midad's package.json
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ available: true, path: string } | { available: false, reason: string }}
 */
export function findElectronBinary(projectRoot, env = process.env) {
  let packageDir
  try {
    packageDir = dirname(createRequire(join(projectRoot, 'package.json')).resolve('electron/package.json'))
  } catch {
    return { available: false, reason: 'the electron package is not installed' }
  }
  const pathFile = join(packageDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const overridden = join(override, executable || 'electron')
    return existsSync(overridden)
      ? { available: true, path: overridden }
      : { available: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${executable || 'electron'} in ${override}` }
  }
  if (!executable) {
    return { available: false, reason: 'node_modules/electron never downloaded it: no path.txt' }
  }
  const binary = join(packageDir, 'dist', executable)
  return existsSync(binary)
    ? { available: true, path: binary }
    : { available: false, reason: `node_modules/electron/dist/${executable} is missing` }
}
