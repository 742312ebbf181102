import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const root = mkdtempSync(join(tmpdir(), 'midad-sharp-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

// In its own process: this test process has loaded sharp long ago for other files.
describe('sharp, loaded when a picture is first read', { timeout: 120_000 }, () => {
  // The process's own memory map tells which libraries it has loaded: Linux's /proc.
  it.skipIf(process.platform !== 'linux')('is not loaded by opening core and listing the library, and is by adding a picture', async () => {
    const photo = join(root, 'photo.png')
    writeFileSync(photo, await sharp({ create: { width: 8, height: 8, channels: 3, background: '#1d5c7a' } }).png().toBuffer())
    const script = join(root, 'open-core.mts')
    writeFileSync(
      script,
      `
      import { readFileSync } from 'node:fs'
      import { openCore } from ${JSON.stringify(join(repo, 'electron/core/index.ts'))}
      // sharp's native libvips is mapped into the process once sharp is loaded.
      const loaded = () => readFileSync('/proc/self/maps', 'utf8').includes('libvips')
      const core = openCore({ dbPath: ${JSON.stringify(join(root, 'midad.sqlite'))} })
      core.libraryPage({})
      const atStart = loaded()
      await core.addImage('photo.png', readFileSync(${JSON.stringify(photo)}))
      console.log(JSON.stringify({ atStart, afterPicture: loaded() }))
      core.close()
      `
    )
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: repo, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout.trim())).toEqual({ atStart: false, afterPicture: true })
  })
})
