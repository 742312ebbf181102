import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'

// The real CLI, spawned the way `npm run midad` runs it (tsx on the source),
// with the Node that runs the tests.
export const repo = fileURLToPath(new URL('../../../', import.meta.url))
export const tsxCli = join(repo, 'node_modules/tsx/dist/cli.mjs')

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function midad(args: string[], env: Record<string, string> = {}, entry = [tsxCli, 'electron/cli/index.ts']): Run {
  // The terminal's language too: the tests say which language they expect.
  const { MIDAD_DB: _db, MIDAD_LOCALE: _locale, LANG: _lang, LC_ALL: _all, LC_MESSAGES: _messages, ...inherited } = process.env
  const run = spawnSync(process.execPath, [...entry, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...inherited, ...env }
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

export const json = <T>(run: Run): T => {
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as T
}

/** A failure is exactly one line on stderr, nothing on stdout, and no stack. */
export function expectOneLineFailure(run: Run, status: 1 | 2): string {
  expect(run.status).toBe(status)
  expect(run.stdout).toBe('')
  expect(run.stderr.endsWith('\n')).toBe(true)
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(run.stderr).not.toMatch(/\n\s+at /)
  return run.stderr.trim()
}

// Each test spawns a few Node processes; on a busy two-core builder one takes seconds.
export const spawnTimeout = 180_000
