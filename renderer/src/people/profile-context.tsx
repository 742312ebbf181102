import { createContext, useContext } from 'react'
import type { Person, ProfileInput } from '../../../shared/people/person'
import type { ShownMessage } from '../common/shown-message'

export interface ProfileValue {
  /** Who uses this desk; null until they say (the welcome asks). */
  profile: Person | null
  /** Saves and applies; resolves to the refusal, or null once stored. */
  saveProfile: (input: ProfileInput) => Promise<ShownMessage | null>
}

// Apart from its provider, as the settings context is: the settings screen reads it.
export const ProfileContext = createContext<ProfileValue | null>(null)

export function useProfile(): ProfileValue {
  const value = useContext(ProfileContext)
  if (!value) throw new Error('useProfile() outside <ProfileProvider>')
  return value
}
