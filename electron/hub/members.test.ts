import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createMembers } from './members'
import { openHubDatabase } from './hub-store'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

it('no member token starts with a dash, which a command line would read as an option rather than the value of --token', () => {
  const dir = mkdtempSync(join(tmpdir(), 'midad-members-'))
  dirs.push(dir)
  const db = openHubDatabase(dir)
  try {
    const members = createMembers(db)
    // With base64url tokens about one in 64 began with a dash; 400 of them would hold one almost surely.
    const tokens = Array.from({ length: 400 }, (_, n) => members.add(`عضو ${n}`, 'journalist'))
    expect(tokens.filter((token) => token.startsWith('-'))).toEqual([])
    expect(tokens.every((token) => typeof members.admit(token) === 'object')).toBe(true)
  } finally {
    db.close()
  }
})
