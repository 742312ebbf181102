import { randomUUID } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Writes a file so that it either appears whole or not at all: the bytes go to
 * a temporary name in the same folder, reach the disk, then the file is renamed
 * into place. A crash mid-write leaves at most a stray `.incoming-*` file, which
 * no media id can name (removeStrayIncomingFiles clears it on the next start).
 */
const INCOMING = '.incoming-'

export async function writeFileAtomically(folder: string, name: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(folder, `${INCOMING}${randomUUID()}`)
  try {
    const handle = await open(temporary, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, join(folder, name))
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  await syncFolder(folder)
}

// The rename itself is only durable once the folder entry reaches the disk.
// Windows cannot open a folder for syncing; NTFS journals the rename instead.
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Removes what writes killed mid-way left in a folder. The CLI may be writing
 * a picture into the same folder while the app starts, so only a temporary
 * file left untouched for a while counts as stray.
 */
export function removeStrayIncomingFiles(folder: string, olderThanMs = 15 * 60 * 1000): void {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return // no folder yet: nothing was ever written
  }
  const before = Date.now() - olderThanMs
  for (const name of names) {
    if (!name.startsWith(INCOMING)) continue
    const path = join(folder, name)
    try {
      if (statSync(path).mtimeMs < before) rmSync(path, { force: true })
    } catch {
      // Gone already, or not ours to remove: housekeeping never stops the store opening.
    }
  }
}
