import type { Shell } from 'electron'

/**
 * Shows an exported folder in the system's file manager. shell.openPath
 * answers with an error text, empty on success; a folder it could not open
 * is reported as not opened, and the renderer names the folder instead.
 */
export function folderOpener(shell: Pick<Shell, 'openPath'>): (folder: string) => Promise<boolean> {
  return async (folder) => (await shell.openPath(folder)) === ''
}
