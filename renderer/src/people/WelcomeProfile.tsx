import { useState, type FormEvent } from 'react'
import type { PersonRole } from '../../../shared/people/person'
import { ErrorMessage } from '../common/ErrorMessage'
import { said, type ShownMessage } from '../common/shown-message'
import { useT } from '../i18n/locale-context'
import { ProfileFields } from './ProfileFields'

/**
 * Asked once, on the first start: the name colleagues will see on this
 * person's edits, revisions and status changes, and their work in the newsroom.
 */
export function WelcomeProfile({ onSave }: { onSave: (input: { name: string; role: PersonRole }) => Promise<ShownMessage | null> }) {
  const t = useT()
  const [name, setName] = useState('')
  const [role, setRole] = useState<PersonRole>('journalist')
  const [error, setError] = useState<ShownMessage | null>(null)
  const [saving, setSaving] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) return setError(said('profile.name_needed'))
    setSaving(true)
    const refusedWith = await onSave({ name, role })
    setSaving(false)
    setError(refusedWith)
  }

  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="welcome-title" aria-describedby="welcome-lead" data-testid="welcome-profile">
        <form className="welcome" onSubmit={(event) => void submit(event)}>
        <h2 id="welcome-title">{t('profile.welcome.title')}</h2>
        <p id="welcome-lead">{t('profile.welcome.lead')}</p>
        {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
        <ProfileFields name={name} role={role} onName={setName} onRole={setRole} autoFocus />
        <div className="modal-actions">
          <button type="submit" className="button button-primary" data-testid="profile-start" disabled={saving}>
            {t('profile.start')}
          </button>
        </div>
        </form>
      </div>
    </div>
  )
}
