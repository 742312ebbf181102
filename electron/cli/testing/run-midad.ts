import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { runCli } from '../run-cli'

export const repo = fileURLToPath(new URL('../../../', import.meta.url))
export const tsxCli = join(repo, 'node_modules/tsx/dist/cli.mjs')

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * `midad ARGS` run in this process through runCli, the function the entry
 * point (index.ts) hands the command line to: what stdout and stderr would
 * show, and the exit code. Only the environment the test names is seen, so
 * the terminal's language and MIDAD_DB of the machine running the tests do
 * not leak in. Not a terminal: no progress line, as in a pipe.
 */
export async function midad(args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const status = await runCli(args, env, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text)
  })
  return { status, stdout, stderr }
}

/** The entry point from its source, with the Node that runs the tests; the built one is bin/midad.js. */
export const sourceEntry = ['--import', 'tsx', 'electron/cli/index.ts']

/**
 * The real CLI as its own process, for what only a process shows: the exit
 * status it ends with, the package bin, defaults taken from the process
 * environment, and two processes sharing one database file.
 */
export function midadProcess(args: string[], env: Record<string, string> = {}, entry = sourceEntry): Run {
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

// A spawned CLI is a Node process of its own; on a busy two-core builder one
// takes seconds. In-process runs need no more than the usual test timeout.
export const spawnTimeout = 180_000
