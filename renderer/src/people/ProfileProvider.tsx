import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Person, ProfileInput } from '../../../shared/people/person'
import { useBackend } from '../backend/backend-context'
import { refused } from '../common/shown-message'
import { ProfileContext } from './profile-context'
import { WelcomeProfile } from './WelcomeProfile'

/** Who uses this desk, read once; on the first start the welcome asks before anything else. */
export function ProfileProvider({ children }: { children: ReactNode }) {
  const { api } = useBackend()
  // undefined while it is being read: neither the welcome nor a wrong name flashes up.
  const [profile, setProfile] = useState<Person | null | undefined>(undefined)

  useEffect(() => {
    let live = true
    void api.getProfile({}).then((result) => {
      // A back side that cannot say leaves the app usable: the welcome asks again.
      if (live) setProfile(result.ok ? result.value : null)
    })
    return () => {
      live = false
    }
  }, [api])

  const saveProfile = useCallback(
    async (input: ProfileInput) => {
      const saved = await api.saveProfile(input)
      if (!saved.ok) return refused(saved.error)
      setProfile(saved.value)
      return null
    },
    [api]
  )

  const value = useMemo(() => ({ profile: profile ?? null, saveProfile }), [profile, saveProfile])
  return (
    <ProfileContext.Provider value={value}>
      {children}
      {profile === null && <WelcomeProfile onSave={saveProfile} />}
    </ProfileContext.Provider>
  )
}
