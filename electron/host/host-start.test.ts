import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { MidadError } from '../../shared/contract/errors'
import { repo, tsxCli } from '../cli/testing/run-midad'
import { startWebHost } from './web-host'

const root = mkdtempSync(join(tmpdir(), 'midad-host-start-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('npm run web on a file that is not a Midad database', () => {
  it('refuses it through the same core function, leaving it byte for byte as it was', async () => {
    const path = join(root, 'contacts.sqlite')
    const other = new Database(path)
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('سمير')")
    other.close()
    const before = readFileSync(path)
    const refusal = await startWebHost({ dbPath: path, rendererDir: root, port: 0 }).then(
      () => null,
      (error: unknown) => error
    )
    expect(refusal).toBeInstanceOf(MidadError)
    expect((refusal as MidadError).code).toBe('db_not_midad')
    expect(readFileSync(path).equals(before)).toBe(true)
  })
})

describe('npm run web speaks the terminal’s language', { timeout: 120_000 }, () => {
  it('answers in English under LANG=en_US.UTF-8, in Arabic when MIDAD_LOCALE=ar says so', () => {
    // Whether or not the interface is built, the first line it says is translated.
    const text = join(root, 'notes.sqlite')
    writeFileSync(text, 'ليست قاعدة بيانات\n'.repeat(20))
    const { MIDAD_LOCALE: _locale, LC_ALL: _all, LC_MESSAGES: _messages, ...inherited } = process.env
    const host = (env: Record<string, string>) =>
      spawnSync(process.execPath, [tsxCli, 'electron/host/cli.ts', '--db', text, '--port', '0'], { cwd: repo, encoding: 'utf8', env: { ...inherited, ...env } })
    const english = host({ LANG: 'en_US.UTF-8' })
    expect(english.status).toBe(1)
    expect(english.stderr.trim()).toMatch(/^(The interface is not built yet|“.+” is not a Midad database: it is another program’s file)/)
    const arabic = host({ LANG: 'en_US.UTF-8', MIDAD_LOCALE: 'ar' })
    expect(arabic.status).toBe(1)
    expect(arabic.stderr.trim()).toMatch(/^(الواجهة|«.+» ليس قاعدة بيانات لمداد)/)
  })
})
