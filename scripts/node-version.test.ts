import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isNodeRecentEnough, nodeVersionProblem } from './node-version.js'

const root = join(import.meta.dirname, '..')
const systemNode20 = '/usr/bin/node'

// Every way Midad is started, as npm and the package bin start it.
const entryPoints: [string, string[]][] = [
  ['the package bin', ['bin/midad.js', '--help']],
  ['npm run midad', ['bin/midad.js', 'list']],
  ['npm run web', ['scripts/web.js', '--help']],
  ['npm start', ['scripts/start.js']]
]

describe('the Node version check', () => {
  it('accepts Node 22.12 and newer, and refuses anything older', () => {
    for (const version of ['22.12.0', '22.20.1', '23.0.0', '24.1.0', '30.0.0']) expect(isNodeRecentEnough(version)).toBe(true)
    for (const version of ['22.11.9', '22.0.0', '20.19.2', '18.20.4', '', 'x']) expect(isNodeRecentEnough(version)).toBe(false)
  })

  it('names the version it needs and the one it found, in the terminal’s language', () => {
    expect(nodeVersionProblem('24.1.0', {})).toBeNull()
    expect(nodeVersionProblem('20.11.1', { LANG: 'en_US.UTF-8' })).toBe('Midad needs Node.js 22.12 or newer; this is Node.js 20.11.1. Install Node.js 22.12+ (then run npm ci again).')
    expect(nodeVersionProblem('20.11.1', {})).toMatch(/^يحتاج مداد إلى Node\.js \u200F22\.12 أو أحدث؛ وهذا Node\.js \u200F20\.11\.1\./)
  })
})

describe('every entry point on an old Node', { timeout: 120_000 }, () => {
  it.each(entryPoints)('%s stops with one line before loading anything that would crash', (_, entry) => {
    // A Node that says it is 20 (in NODE_OPTIONS, so any child process says
    // so too): the check must run before better-sqlite3 is loaded.
    const pretend = "--import=data:text/javascript,Object.defineProperty(process.versions,'node',{value:'20.11.1'})"
    const run = spawnSync(process.execPath, entry, { cwd: root, encoding: 'utf8', env: { ...process.env, MIDAD_LOCALE: 'en', NODE_OPTIONS: pretend } })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('Midad needs Node.js 22.12 or newer; this is Node.js 20.11.1. Install Node.js 22.12+ (then run npm ci again).\n')
  })

  it.skipIf(!existsSync(systemNode20) || !/^v2[01]\./.test(spawnSync(systemNode20, ['-v'], { encoding: 'utf8' }).stdout))(
    'holds on a real old Node too',
    () => {
      for (const [, entry] of entryPoints) {
        const run = spawnSync(systemNode20, entry, { cwd: root, encoding: 'utf8', env: { ...process.env, MIDAD_LOCALE: 'en' } })
        expect(run.status).toBe(1)
        expect(run.stderr).toMatch(/^Midad needs Node\.js 22\.12 or newer; this is Node\.js 2[01]\.\d+\.\d+\. /)
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
      }
    }
  )
})
