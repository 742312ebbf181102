import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { logFileBeside, openLog } from './open-log'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-log-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const lines = (path: string): Record<string, unknown>[] =>
  readFileSync(path, 'utf8').split('\n').filter(Boolean).map((text) => JSON.parse(text) as Record<string, unknown>)

describe('the log file', () => {
  it('sits beside the database', () => {
    expect(logFileBeside(join(dir, 'profile', 'midad.sqlite'))).toBe(join(dir, 'profile', 'midad.log'))
  })

  it('writes one JSON line per entry, with its time, level, details and the whole of an error', async () => {
    const file = join(dir, 'midad.log')
    const log = openLog({ file })
    log.info('database brought up to date', { from: 2, to: 5 })
    const failure = Object.assign(new Error('disk full'), { code: 'ENOSPC' })
    log.warn('the rendition cache was not pruned', { error: failure })
    await log.close()
    const [info, warn] = lines(file)
    expect(info).toMatchObject({ level: 'info', message: 'database brought up to date', from: 2, to: 5 })
    expect(Date.parse(String(info!.timestamp))).not.toBeNaN()
    expect(warn).toMatchObject({ level: 'warn', error: { name: 'Error', message: 'disk full', code: 'ENOSPC' } })
    expect(String((warn!.error as { stack: string }).stack)).toContain('open-log.test.ts')
  })

  it('is not created by a run that has nothing to say', async () => {
    const log = openLog({ file: join(dir, 'midad.log') })
    await log.close()
    expect(readdirSync(dir)).toEqual([])
  })

  it('rotates by size, keeping the newest lines in midad.log and no more files than asked', async () => {
    const file = join(dir, 'midad.log')
    const log = openLog({ file, maxBytes: 400, maxFiles: 3 })
    const written = () => readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0)
    for (let n = 1; n <= 40; n++) {
      const before = written()
      log.info(`line ${n}`, { padding: 'x'.repeat(60) })
      // Rotation happens between writes, as it does when a log grows over days:
      // each line is on disk before the next (a fixed pause was too short on a busy machine).
      await expect.poll(written).not.toBe(before)
    }
    await log.close()
    // winston renames the older files one after another; the last rename may
    // land a moment after the file's own finish.
    await expect.poll(() => readdirSync(dir).sort()).toEqual(['midad.log', 'midad1.log', 'midad2.log'])
    const files = readdirSync(dir).sort()
    for (const name of files) expect(readFileSync(join(dir, name)).length).toBeLessThanOrEqual(400 + 200)
    // Oldest file first, the lines run on without a gap to the last one written;
    // the first lines went with the files past maxFiles.
    const kept = ['midad2.log', 'midad1.log', 'midad.log'].flatMap((name) => lines(join(dir, name))).map((entry) => entry.message)
    const first = Number(String(kept[0]).slice('line '.length))
    expect(first).toBeGreaterThan(1)
    expect(kept).toEqual(Array.from({ length: 41 - first }, (_, n) => `line ${first + n}`))
  })

  it('also hands every line to the echo, as --debug shows them on stderr', async () => {
    const echoed: string[] = []
    const log = openLog({ file: join(dir, 'midad.log'), echo: (text) => echoed.push(text) })
    log.error('settings could not be read', { key: 'headlineTarget' })
    await log.close()
    expect(echoed).toHaveLength(1)
    expect(echoed[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+ ERROR settings could not be read \{"key":"headlineTarget"\}\n$/)
  })

  it('never stops the work when it cannot be written (a file where its folder should be), and says so once on the echo', async () => {
    writeFileSync(join(dir, 'not-a-folder'), 'a file')
    const file = join(dir, 'not-a-folder', 'midad.log')
    const echoed: string[] = []
    const log = openLog({ file, echo: (text) => echoed.push(text) })
    log.warn('one')
    log.warn('two')
    await log.close()
    expect(existsSync(file)).toBe(false)
    expect(echoed.filter((text) => text.includes('cannot be written'))).toHaveLength(1)
    expect(echoed.filter((text) => / WARN (one|two)\n$/.test(text))).toHaveLength(2)
  })
})
