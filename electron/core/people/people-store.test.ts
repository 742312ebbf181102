import { mkdtempSync, rmSync } from 'node:fs'
import { createPublicKey, createPrivateKey, sign, verify } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type Database from 'better-sqlite3'
import { openDatabase } from '../db/open-database'
import { failureOf } from '../testing'
import { createPeopleStore } from './people-store'

let dir: string
let dbPath: string
let db: Database.Database

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-people-'))
  dbPath = join(dir, 'midad.sqlite')
  db = openDatabase(dbPath)
})
afterEach(() => {
  if (db.open) db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('this installation and the person who uses it', () => {
  it('has no profile until one is given, then keeps it across a restart', () => {
    expect(createPeopleStore(db).profile()).toBeNull()
    const saved = createPeopleStore(db).saveProfile({ name: '  سارة القاسم ', role: 'journalist' })
    expect(saved).toMatchObject({ name: 'سارة القاسم', role: 'journalist' })
    db.close()
    db = openDatabase(dbPath)
    expect(createPeopleStore(db).profile()).toEqual(saved)
  })

  it('a changed role is the same person: the id, and so the colour, stay', () => {
    const people = createPeopleStore(db)
    const first = people.saveProfile({ name: 'سارة', role: 'journalist' })
    const second = people.saveProfile({ name: 'سارة', role: 'editor' })
    expect(second).toEqual({ ...first, role: 'editor' })
    expect(people.person(first.id)).toEqual(second)
  })

  it('another name is someone else at this desk: what the first person wrote stays under their name', () => {
    const people = createPeopleStore(db)
    const journalist = people.saveProfile({ name: 'سارة', role: 'journalist' })
    const editor = people.saveProfile({ name: 'رامي', role: 'editor' })
    expect(editor.id).not.toBe(journalist.id)
    expect(people.profile()).toEqual(editor)
    expect(people.person(journalist.id)).toEqual(journalist)
  })

  it('a name this desk has used before is that person coming back: the desk changes hands and back, and the first person is still themselves', () => {
    const people = createPeopleStore(db)
    const journalist = people.saveProfile({ name: 'سارة', role: 'journalist' })
    people.saveProfile({ name: 'رامي', role: 'editor' })
    const back = people.saveProfile({ name: 'سارة', role: 'journalist' })
    expect(back.id).toBe(journalist.id)
    expect(people.everyone().map((person) => person.name)).toEqual(['رامي', 'سارة'])
  })

  it('holds one Ed25519 key pair for good, able to sign and be checked', () => {
    const device = createPeopleStore(db).device()
    expect(createPeopleStore(db).device()).toEqual(device)
    const message = Buffer.from('مسودة للمراجعة')
    const privateKey = createPrivateKey({ key: Buffer.from(device.privateKey, 'base64'), format: 'der', type: 'pkcs8' })
    const publicKey = createPublicKey({ key: Buffer.from(device.publicKey, 'base64'), format: 'der', type: 'spki' })
    expect(publicKey.asymmetricKeyType).toBe('ed25519')
    expect(verify(null, message, publicKey, sign(null, message, privateKey))).toBe(true)
  })

  it('refuses an empty name or an unknown role, and keeps the profile as it was', async () => {
    const people = createPeopleStore(db)
    const saved = people.saveProfile({ name: 'سارة', role: 'journalist' })
    await expect(failureOf(() => people.saveProfile({ name: '   ', role: 'editor' }))).resolves.toMatchObject({ code: 'invalid_input', params: { field: 'name' } })
    await expect(failureOf(() => people.saveProfile({ name: 'سارة', role: 'chief' }))).resolves.toMatchObject({ code: 'invalid_input', params: { field: 'role' } })
    expect(people.profile()).toEqual(saved)
  })
})
