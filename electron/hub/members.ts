import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { PersonRole } from '../../shared/people/person'
import type { HubDatabase } from './hub-store'

/** A person the hub lets in, by the token handed to them once. */
export interface Member {
  name: string
  role: PersonRole
  addedAt: string
  expiresAt: string | null
  revokedAt: string | null
}

export const MemberName = z.string().trim().min(1).max(80)

/** Why a token did not let its bearer in; the desk turns it into its own error code. */
export type Refusal = 'hub_token_refused' | 'hub_member_expired'

export interface Members {
  /** Adds a member and returns their token: it is shown once, only its hash is kept. */
  add(name: string, role: PersonRole, options?: { expiresAt?: string }): string
  list(): Member[]
  /** False when nobody by that name is a member. */
  revoke(name: string): boolean
  /** The member the token belongs to, or why it is refused. */
  admit(token: string, now?: Date): Member | Refusal
  /** A member already let in, as they stand now: revoked or expired since, they are refused. */
  standing(name: string, now?: Date): Member | Refusal
}

const hashOf = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

interface MemberRow {
  name: string
  role: string
  added_at: string
  expires_at: string | null
  revoked_at: string | null
}

const memberOf = (row: MemberRow): Member => ({
  name: row.name,
  role: PersonRole.parse(row.role),
  addedAt: row.added_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at
})

export class MemberExists extends Error {
  constructor(readonly memberName: string) {
    super(`${memberName} is already a member`)
  }
}

export function createMembers(db: HubDatabase): Members {
  const insert = db.prepare<[string, string, string, string, string | null]>(
    'INSERT INTO members (name, role, token_hash, added_at, expires_at) VALUES (?, ?, ?, ?, ?)'
  )
  const exists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM members WHERE name = ?')
  const selectAll = db.prepare<[], MemberRow>('SELECT name, role, added_at, expires_at, revoked_at FROM members ORDER BY added_at, name')
  const byHash = db.prepare<[string], MemberRow>('SELECT name, role, added_at, expires_at, revoked_at FROM members WHERE token_hash = ?')
  const revoke = db.prepare<[string, string]>('UPDATE members SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL')
  const byName = db.prepare<[string], MemberRow>('SELECT name, role, added_at, expires_at, revoked_at FROM members WHERE name = ?')

  const judged = (row: MemberRow | undefined, now: Date): Member | Refusal => {
    if (!row || row.revoked_at !== null) return 'hub_token_refused'
    if (row.expires_at !== null && Date.parse(row.expires_at) <= now.getTime()) return 'hub_member_expired'
    return memberOf(row)
  }

  return {
    add(name, role, options = {}) {
      const checkedName = MemberName.parse(name)
      const checkedRole = PersonRole.parse(role)
      const expiresAt = options.expiresAt === undefined ? null : new Date(options.expiresAt).toISOString()
      if (exists.get(checkedName)) throw new MemberExists(checkedName)
      // Hexadecimal: a token never starts with a dash, which a command line would take for an option.
      const token = randomBytes(32).toString('hex')
      insert.run(checkedName, checkedRole, hashOf(token), new Date().toISOString(), expiresAt)
      return token
    },
    list: () => selectAll.all().map(memberOf),
    revoke: (name) => revoke.run(new Date().toISOString(), name).changes > 0 || exists.get(name) !== undefined,
    admit(token, now = new Date()) {
      // Only a well-formed token is looked up: anything else cannot be one the hub handed out.
      if (!/^[0-9a-f]{64}$/.test(token)) return 'hub_token_refused'
      return judged(byHash.get(hashOf(token)), now)
    },
    standing: (name, now = new Date()) => judged(byName.get(name), now)
  }
}
