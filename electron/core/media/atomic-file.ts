import { randomUUID } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Writes a file so that it either appears whole or not at all: the bytes go to
 * a temporary name in the same folder, reach the disk, then the file is renamed
 * into place. A crash mid-write leaves at most a stray `.incoming-*` file, which
 * no media id can name.
 */
export async function writeFileAtomically(folder: string, name: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(folder, `.incoming-${randomUUID()}`)
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
