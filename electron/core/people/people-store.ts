import { generateKeyPairSync, randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { MidadError } from '../../../shared/contract/errors'
import type { Person} from '../../../shared/people/person';
import { PersonRole, ProfileInput } from '../../../shared/people/person'
import { personColour } from '../../../shared/people/person-colour'

/** This installation: its device id and Ed25519 key pair, made on first use and kept for good. */
export interface ThisDevice {
  deviceId: string
  /** SPKI, DER, base64. */
  publicKey: string
  /** PKCS#8, DER, base64: never leaves this machine. */
  privateKey: string
  /** The profile's person, once given. */
  personId: string | null
}

export interface PeopleStore {
  device(): ThisDevice
  /** The person using this installation, or null until they say who they are. */
  profile(): Person | null
  /**
   * States who uses this installation. The same name with another role is the
   * same person; another name is someone else at this desk, with an id (and a
   * colour) of their own, so what the first one wrote stays theirs. A name the
   * desk has used before is that person again.
   */
  saveProfile(input: unknown): Person
  /** Someone this desk has seen write, or null. */
  person(id: string): Person | null
  /** Everyone this desk knows, by name: whom a comment can mention. */
  everyone(): Person[]
}

interface PersonRow {
  id: string
  name: string
  role: string
}

interface DeviceRow {
  device_id: string
  public_key: string
  private_key: string
  person_id: string | null
}

const personFromRow = (row: PersonRow): Person => ({
  id: row.id,
  name: row.name,
  role: PersonRole.catch('journalist').parse(row.role),
  colour: personColour(row.id)
})

export function createPeopleStore(db: Database.Database): PeopleStore {
  const selectDevice = db.prepare<[], DeviceRow>('SELECT device_id, public_key, private_key, person_id FROM this_device WHERE only = 1')
  const insertDevice = db.prepare<[string, string, string, string]>(
    'INSERT OR IGNORE INTO this_device (only, device_id, public_key, private_key, created_at) VALUES (1, ?, ?, ?, ?)'
  )
  const selectPerson = db.prepare<[string], PersonRow>('SELECT id, name, role FROM people WHERE id = ?')
  const selectOwnByName = db.prepare<[string, string], { id: string }>('SELECT id FROM people WHERE name = ? AND public_key = ? ORDER BY updated_at DESC LIMIT 1')
  const selectEveryone = db.prepare<[], PersonRow>('SELECT id, name, role FROM people ORDER BY name, id')
  const upsertPerson = db.prepare<[string, string, string, string, string]>(`
    INSERT INTO people (id, name, role, public_key, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role,
                                   public_key = excluded.public_key, updated_at = excluded.updated_at`)
  const setDevicePerson = db.prepare<[string]>('UPDATE this_device SET person_id = ? WHERE only = 1')

  const device = (): ThisDevice => {
    let row = selectDevice.get()
    if (!row) {
      const keys = generateKeyPairSync('ed25519')
      const publicKey = keys.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
      const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')
      // OR IGNORE: a second program opening the same new database at the same moment keeps the first key.
      insertDevice.run(randomUUID(), publicKey, privateKey, new Date().toISOString())
      row = selectDevice.get()!
    }
    return { deviceId: row.device_id, publicKey: row.public_key, privateKey: row.private_key, personId: row.person_id }
  }

  const person = (id: string): Person | null => {
    const row = selectPerson.get(id)
    return row ? personFromRow(row) : null
  }

  const saveTx = db.transaction((input: ProfileInput): Person => {
    const current = device()
    const same = current.personId ? person(current.personId) : null
    // A name this desk has used before is that person coming back to it (a
    // shared desk changes hands): their comments, mentions and colour stay theirs.
    const returning = same && same.name === input.name ? same : (selectOwnByName.get(input.name, current.publicKey) ?? null)
    const id = returning ? returning.id : randomUUID()
    upsertPerson.run(id, input.name, input.role, current.publicKey, new Date().toISOString())
    if (id !== current.personId) setDevicePerson.run(id)
    return person(id)!
  })

  return {
    device,
    profile: () => {
      const { personId } = device()
      return personId ? person(personId) : null
    },
    saveProfile: (input) => {
      const parsed = ProfileInput.safeParse(input)
      if (!parsed.success) {
        const field = parsed.error.issues[0]?.path.map(String).join('.') || 'profile'
        throw new MidadError('invalid_input', { field }, parsed.error.message)
      }
      return saveTx.immediate(parsed.data)
    },
    person,
    everyone: () => selectEveryone.all().map(personFromRow)
  }
}
