import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findElectronBinary } from './electron-binary.js'

const root = join(import.meta.dirname, '..')
const electronHere = findElectronBinary(root)

const temps: string[] = []
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A project folder with an electron package in the given state. */
function project(state: { pathTxt?: string; binary?: string } | 'no-electron'): string {
  const dir = mkdtempSync(join(tmpdir(), 'midad-start-'))
  temps.push(dir)
  writeFileSync(join(dir, 'package.json'), '{"name":"p","type":"module"}')
  if (state === 'no-electron') return dir
  const electron = join(dir, 'node_modules', 'electron')
  mkdirSync(join(electron, 'dist'), { recursive: true })
  writeFileSync(join(electron, 'package.json'), '{"name":"electron","main":"index.js"}')
  // Requiring this would mean we went down electron's download path.
  writeFileSync(join(electron, 'index.js'), 'throw new Error("download attempted")')
  if (state.pathTxt !== undefined) writeFileSync(join(electron, 'path.txt'), state.pathTxt)
  if (state.binary) {
    writeFileSync(join(electron, 'dist', state.binary), '#!/bin/sh\n')
    chmodSync(join(electron, 'dist', state.binary), 0o755)
  }
  return dir
}

describe('finding the Electron binary without downloading it', () => {
  it('finds a downloaded binary', () => {
    const dir = project({ pathTxt: 'electron', binary: 'electron' })
    expect(findElectronBinary(dir, {})).toEqual({ available: true, path: join(dir, 'node_modules/electron/dist/electron') })
  })

  it('explains a package that never downloaded', () => {
    expect(findElectronBinary(project({}), {})).toEqual({ available: false, reason: expect.stringContaining('no path.txt') })
    expect(findElectronBinary(project({ pathTxt: 'electron' }), {})).toEqual({ available: false, reason: expect.stringContaining('dist/electron is missing') })
    expect(findElectronBinary(project('no-electron'), {})).toEqual({ available: false, reason: 'the electron package is not installed' })
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH as electron itself does', () => {
    const dist = mkdtempSync(join(tmpdir(), 'midad-dist-'))
    temps.push(dist)
    writeFileSync(join(dist, 'electron'), '')
    expect(findElectronBinary(project({}), { ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({ available: true, path: join(dist, 'electron') })
  })
})

describe('npm start', () => {
  it.skipIf(electronHere.available)('says in one line that Electron is missing and points at npm run web', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/start.js')], { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' } })
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Midad: the Electron binary is not available on this machine \(.+\); run `npm run web` to use Midad in your browser\.$/)
    expect(result.stderr).not.toMatch(/\n\s+at |Error:|Downloading/)
  })
})
