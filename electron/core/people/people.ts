import type { Person } from '../../../shared/people/person'
import type { PeopleStore } from './people-store'

/** Who uses this installation. */
export interface People {
  /** The person using this desk, or null until they say who they are (the app asks once, on first start). */
  getProfile(): Person | null
  /** States or restates the name and role; the id, and so the colour, stay. Refused with invalid_input. */
  saveProfile(input: unknown): Person
  /** The people this desk knows among `ids` (who wrote an article's words); an unknown id is left out. */
  findPeople(ids: string[]): Person[]
  /** Everyone this desk knows, by name. */
  listPeople(): Person[]
}

export function createPeople(store: PeopleStore): People {
  return {
    getProfile: () => store.profile(),
    saveProfile: (input) => store.saveProfile(input),
    findPeople: (ids) => [...new Set(ids)].flatMap((id) => store.person(id) ?? []),
    listPeople: () => store.everyone()
  }
}
