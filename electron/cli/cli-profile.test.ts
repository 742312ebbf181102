// `midad profile`, run in-process (runCli) against a real SQLite file.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from './run-cli'

let dir: string
let db: string

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'midad-profile-'))
  db = join(dir, 'midad.sqlite')
  await midad(['init'])
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function midad(argv: string[], env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const status = await runCli([...argv, '--db', db], env, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { status, stdout: stdout.trimEnd(), stderr: stderr.trimEnd() }
}

describe('midad profile', () => {
  it('says no one is named yet, then names the desk’s person and shows them', async () => {
    expect((await midad(['profile'])).stdout).toContain('لم يُعرَّف مستخدم لهذا الجهاز بعد')
    expect(await midad(['profile', '--name', 'سارة القاسم', '--role', 'journalist'])).toMatchObject({ status: 0, stdout: 'سارة القاسم — صحفي' })
    expect((await midad(['profile'], { MIDAD_LOCALE: 'en' })).stdout).toBe('سارة القاسم — Journalist')
  })

  it('changes the role alone and keeps the same person, as JSON for scripts', async () => {
    const first = JSON.parse((await midad(['profile', '--name', 'سارة', '--role', 'journalist', '--json'])).stdout)
    const second = JSON.parse((await midad(['profile', '--role', 'editor', '--json'])).stdout)
    expect(second).toEqual({ ...first, role: 'editor' })
    expect(first).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), colour: expect.stringMatching(/^#[0-9a-f]{6}$/) })
  })

  it('refuses an unknown role or a role with no name yet, and names nobody', async () => {
    const badRole = await midad(['profile', '--name', 'سارة', '--role', 'chief'])
    expect(badRole.status).toBe(2)
    expect(badRole.stderr).toContain('journalist|editor|web_desk')
    const noName = await midad(['profile', '--role', 'editor'])
    expect(noName.status).toBe(2)
    expect(noName.stderr).toContain('--name')
    expect(JSON.parse((await midad(['profile', '--json'])).stdout)).toBeNull()
  })
})
