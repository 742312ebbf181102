import { useT } from '../i18n/locale-context'
import { isolated } from '../i18n/user-text'
import { useNewsroomSettings } from '../settings/settings-context'

interface Props {
  value: string
  onChange: (value: string) => void
}

/**
 * The section comes from the newsroom's managed list. An article filed under
 * a section no longer in the list (or imported with another) keeps it, shown
 * as such, so opening an article never changes its section.
 */
export function SectionSelect({ value, onChange }: Props) {
  const t = useT()
  const { sections, openSettings } = useNewsroomSettings()
  const unlisted = value !== '' && !sections.includes(value)
  return (
    <div className="meta-field meta-section">
      <label className="meta-label" htmlFor="field-section">
        {t('field.section')}
      </label>
      <div className="section-picker">
        <select id="field-section" data-testid="field-section" data-check-target="section" value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('field.section.none')}</option>
          {unlisted && <option value={value}>{t('field.section.notListed', { name: isolated(value) })}</option>}
          {sections.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <button type="button" className="button button-quiet button-small" data-testid="edit-sections" onClick={() => openSettings('sections')}>
          {t('field.section.edit')}
        </button>
      </div>
    </div>
  )
}
