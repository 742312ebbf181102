import { existsSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Shell } from 'electron'

/**
 * Shows an exported folder in the system's file manager. shell.openPath
 * answers with an error text, empty on success; a folder it could not open
 * is reported as not opened, and the renderer names the folder instead.
 */
export function folderOpener(shell: Pick<Shell, 'openPath'>): (folder: string) => Promise<boolean> {
  return async (folder) => (await shell.openPath(folder)) === ''
}

/**
 * Shows a file selected in its folder (the log). A file not written yet (a
 * run with nothing to log) cannot be selected: its folder is opened instead.
 */
export function fileRevealer(
  shell: Pick<Shell, 'openPath' | 'showItemInFolder'>,
  exists: (path: string) => boolean = existsSync
): (file: string) => Promise<boolean> {
  return async (file) => {
    if (!exists(file)) return (await shell.openPath(dirname(file))) === ''
    shell.showItemInFolder(file)
    return true
  }
}
