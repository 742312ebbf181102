import { resolve } from 'node:path'
import { isBundlePath } from '../core'

/**
 * The `.midad` files on a command line: how Windows and Linux hand Midad the
 * file a journalist opened with it, to the first launch or to a second one.
 * Each is resolved where that launch started; options are passed over.
 */
export function bundlePathsIn(argv: readonly string[], workingDirectory: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && isBundlePath(arg)).map((arg) => resolve(workingDirectory, arg))
}
