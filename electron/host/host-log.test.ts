// The web host writes its log beside the database, shows it on stderr with
// --debug, and answers "show log" with the file's path.
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { migrate, migrations } from '../core/testing'
import type { Handlers } from '../../shared/contract/api'
import type { Log } from '../core'
import { parseWebOptions } from './cli-options'
import { openWithSystem } from './open-browser'
import { startHost } from './server'
import { startWebHost } from './web-host'

let dir: string
let rendererDir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'midad-web-log-'))
  rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>مداد</title>')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function olderDatabase(): string {
  const path = join(dir, 'midad.sqlite')
  const old = new Database(path)
  migrate(old, migrations.filter((m) => m.version <= 3))
  old.close()
  return path
}

describe('the web host’s log', () => {
  it('takes --debug, and only as a flag', () => {
    expect(parseWebOptions(['--debug'])).toMatchObject({ debug: true })
    expect(parseWebOptions([]).debug).toBeUndefined()
    expect(() => parseWebOptions(['--debug=yes'])).toThrow()
  })

  it('is written beside the database, echoed with --debug, and named by "show log" when no desktop can open it', async () => {
    const dbPath = olderDatabase()
    const echoed: string[] = []
    const web = await startWebHost({ dbPath, rendererDir, port: 0, debugEcho: (line) => echoed.push(line) })
    let answer: unknown
    try {
      const response = await fetch(`${web.host.origin}/api/showLog`, {
        method: 'POST',
        headers: { 'X-Midad-Token': web.host.token },
        body: '{}'
      })
      answer = await response.json()
    } finally {
      await web.stop()
    }
    const file = join(dir, 'midad.log')
    expect(answer).toEqual({ ok: true, value: { file, opened: false } })
    expect(echoed[0]).toMatch(/ INFO database copied aside before its schema update /)
    const written = readFileSync(file, 'utf8').trim().split('\n')
    expect(written).toHaveLength(echoed.length)
    // The last schema step is logged; the search index built over the upgraded file may follow it.
    expect(written.map((line) => JSON.parse(line) as unknown)).toContainEqual(expect.objectContaining({ level: 'info', message: 'database schema step applied', version: migrations.length }))
  })

  it('is written without --debug too, and then nothing goes to stderr', async () => {
    const stderr = vi.spyOn(process.stderr, 'write')
    try {
      const web = await startWebHost({ dbPath: olderDatabase(), rendererDir, port: 0 })
      await web.stop()
      expect(stderr).not.toHaveBeenCalled()
    } finally {
      stderr.mockRestore()
    }
    expect(existsSync(join(dir, 'midad.log'))).toBe(true)
  })

  it('gets an unexpected failure of an operation, beside the terminal', async () => {
    const lines: { message: string; details?: Record<string, unknown> }[] = []
    const log: Log = { info: () => undefined, warn: () => undefined, error: (message, details) => void lines.push({ message, details }) }
    const handlers = { getSettings: () => { throw new Error('disk on fire') } } as unknown as Handlers
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const host = await startHost({ handlers, rendererDir, storedPicture: () => null, log })
    try {
      const response = await fetch(`${host.origin}/api/getSettings`, { method: 'POST', headers: { 'X-Midad-Token': host.token }, body: '{}' })
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'internal' } })
    } finally {
      await host.close()
      printed.mockRestore()
    }
    expect(lines).toEqual([{ message: 'an operation failed unexpectedly', details: { operation: 'getSettings', error: expect.objectContaining({ message: 'disk on fire' }) } }])
  })

  it.skipIf(process.platform !== 'linux')('gets a system opener that could not run, which the host used to pass over', async () => {
    const path = process.env.PATH
    // A PATH without xdg-open, as on a server with no desktop.
    process.env.PATH = dir
    try {
      const failure = await new Promise((resolve) => openWithSystem(dir, resolve))
      expect(failure).toMatchObject({ code: 'ENOENT' })
    } finally {
      process.env.PATH = path
    }
  })
})
