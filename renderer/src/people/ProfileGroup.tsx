import { useState } from 'react'
import type { PersonRole } from '../../../shared/people/person'
import { ErrorMessage } from '../common/ErrorMessage'
import { said, type ShownMessage } from '../common/shown-message'
import { useT } from '../i18n/locale-context'
import { ProfileFields } from './ProfileFields'
import { useProfile } from './profile-context'

/** Settings → your profile: the name and role on everything this desk records, and the colour that comes with them. */
// Read when the settings open, by which time the profile is known.
export function ProfileGroup() {
  const t = useT()
  const { profile, saveProfile } = useProfile()
  const [name, setName] = useState(profile?.name ?? '')
  const [role, setRole] = useState<PersonRole>(profile?.role ?? 'journalist')
  const [message, setMessage] = useState<ShownMessage | null>(null)
  const [saved, setSaved] = useState(false)

  const save = async () => {
    setSaved(false)
    if (!name.trim()) return setMessage(said('profile.name_needed'))
    const refusedWith = await saveProfile({ name, role })
    setMessage(refusedWith)
    setSaved(refusedWith === null)
  }

  return (
    <section className="settings-group" data-testid="profile-settings">
      <h2>{t('profile.settings.title')}</h2>
      <p className="settings-hint">{t('profile.settings.lead')}</p>
      {message && <ErrorMessage message={message} onDismiss={() => setMessage(null)} />}
      <ProfileFields
        name={name}
        role={role}
        onName={(next) => {
          setName(next)
          setSaved(false)
        }}
        onRole={(next) => {
          setRole(next)
          setSaved(false)
        }}
      />
      {profile && (
        <p className="settings-hint">
          <span className="person-colour" style={{ backgroundColor: profile.colour }} aria-hidden="true" />
          {t('profile.colour')}
        </p>
      )}
      <button type="button" className="button" data-testid="profile-save" onClick={() => void save()}>
        {t('profile.save')}
      </button>
      {saved && (
        <p className="notice" role="status" data-testid="profile-saved">
          {t('profile.saved')}
        </p>
      )}
    </section>
  )
}
