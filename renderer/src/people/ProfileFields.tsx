import { useId } from 'react'
import { PERSON_NAME_MAX, PersonRole } from '../../../shared/people/person'
import { useT } from '../i18n/locale-context'

interface Props {
  name: string
  role: PersonRole
  onName: (name: string) => void
  onRole: (role: PersonRole) => void
  autoFocus?: boolean
}

/** A person's name and role, as the welcome and the settings ask for them. */
export function ProfileFields({ name, role, onName, onRole, autoFocus = false }: Props) {
  const t = useT()
  const nameId = useId()
  const roleId = useId()
  return (
    <>
      <label className="settings-field" htmlFor={nameId}>
        <span className="settings-label">{t('profile.name')}</span>
        <input
          id={nameId}
          className="settings-text"
          data-testid="profile-name"
          value={name}
          maxLength={PERSON_NAME_MAX}
          placeholder={t('profile.name.placeholder')}
          autoFocus={autoFocus}
          onChange={(event) => onName(event.target.value)}
        />
      </label>
      <div className="settings-field" role="radiogroup" aria-labelledby={roleId}>
        <span className="settings-label" id={roleId}>
          {t('profile.role')}
        </span>
        <span className="segmented profile-roles">
          {PersonRole.options.map((option) => (
            <label key={option} className="segment" data-checked={role === option}>
              <input type="radio" name={roleId} value={option} data-testid={`profile-role-${option}`} checked={role === option} onChange={() => onRole(option)} />
              {t(`role.${option}`)}
            </label>
          ))}
        </span>
      </div>
    </>
  )
}
