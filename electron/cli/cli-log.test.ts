// The CLI writes its log beside the database it works on, and with --debug
// shows the same lines on stderr.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { latestSchemaVersion, migrate, migrations } from '../core/testing'
import { runCli } from './run-cli'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-cli-log-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

async function midad(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const status = await runCli(argv, { MIDAD_LOCALE: 'en' }, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { status, stdout, stderr }
}

/** A database an older Midad left at schema 2: opening it brings it up to date, which is logged. */
function olderDatabase(): string {
  const path = join(dir, 'midad.sqlite')
  const old = new Database(path)
  migrate(old, migrations.filter((m) => m.version <= 2))
  old.close()
  return path
}

const logLines = (): string[] => readFileSync(join(dir, 'midad.log'), 'utf8').trim().split('\n')

describe('the CLI log', () => {
  it('is written beside the database, and stderr stays quiet without --debug', async () => {
    const db = olderDatabase()
    const run = await midad(['list', '--db', db])
    expect(run).toMatchObject({ status: 0, stderr: '' })
    const messages = logLines().map((line) => (JSON.parse(line) as { message: string }).message)
    expect(messages[0]).toBe('database copied aside before its schema update')
    expect(messages).toContain('database schema step applied')
  })

  it('is shown on stderr with --debug, one line per entry', async () => {
    const db = olderDatabase()
    const run = await midad(['list', '--db', db, '--debug'])
    expect(run.status).toBe(0)
    const shown = run.stderr.trim().split('\n')
    expect(shown[0]).toMatch(/^\S+ INFO database copied aside before its schema update \{"copy":".+before-v\d+\.bak","from":2,"to":\d+\}$/)
    expect(shown.filter((line) => / INFO database schema step applied /.test(line))).toHaveLength(latestSchemaVersion() - 2)
    expect(shown).toHaveLength(logLines().length)
  })

  it('is not made by a command that has nothing to log', async () => {
    const db = olderDatabase()
    await midad(['list', '--db', db])
    rmSync(join(dir, 'midad.log'))
    expect((await midad(['list', '--db', db, '--debug'])).stderr).toBe('')
    expect(existsSync(join(dir, 'midad.log'))).toBe(false)
  })
})
