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

it('a member let in stands until revoked or past their date; a name never added does not stand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'midad-members-'))
  dirs.push(dir)
  const db = openHubDatabase(dir)
  try {
    const members = createMembers(db)
    members.add('سلمى', 'journalist')
    members.add('عمر', 'editor', { expiresAt: '2027-01-01T00:00:00.000Z' })
    const before = new Date('2026-12-31T23:59:59.000Z')
    expect(members.standing('سلمى', before)).toMatchObject({ name: 'سلمى', role: 'journalist' })
    expect(members.standing('عمر', before)).toMatchObject({ name: 'عمر', role: 'editor' })
    expect(members.standing('عمر', new Date('2027-01-01T00:00:00.000Z'))).toBe('hub_member_expired')
    members.revoke('سلمى')
    expect(members.standing('سلمى', before)).toBe('hub_token_refused')
    expect(members.standing('ليلى', before)).toBe('hub_token_refused')
  } finally {
    db.close()
  }
})
