import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkMigrationOrder } from './check-order'
import { migrations } from './index'
import type { Migration } from './migration'

const step = (version: number): Migration => ({ version, up: () => undefined })

describe('the list of schema steps', () => {
  it('runs 1, 2, 3… with one file per step', () => {
    expect(migrations.map((m) => m.version)).toEqual(Array.from({ length: migrations.length }, (_, n) => n + 1))
    const files = readdirSync(import.meta.dirname).filter((name) => /^\d{4}-[a-z-]+\.ts$/.test(name))
    expect(files.map((name) => Number(name.slice(0, 4)))).toEqual(migrations.map((m) => m.version))
  })

  it.each([
    ['a gap', [1, 2, 4]],
    ['a swap', [1, 3, 2]],
    ['a step twice', [1, 2, 2]],
    ['a start past 1', [2, 3]],
    ['a step 0', [0, 1]]
  ])('is refused with %s', (_what, versions) => {
    expect(() => checkMigrationOrder(versions.map(step))).toThrow(/steps must run 1, 2, 3/)
  })

  // A step that imported the app's live code would change when that code
  // does; it may only use its own file, its type and the log's.
  it('has steps that import nothing of the app', () => {
    for (const name of readdirSync(import.meta.dirname).filter((file) => /^\d{4}-[a-z-]+\.ts$/.test(file))) {
      const imports = [...readFileSync(new URL(name, import.meta.url), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1])
      expect(imports.filter((path) => path !== './migration'), name).toEqual([])
    }
  })
})
