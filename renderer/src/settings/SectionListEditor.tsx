import { useState } from 'react'
import { MAX_SECTION_NAME } from '../../../shared/settings/newsroom-settings'
import { ErrorMessage } from '../common/ErrorMessage'
import { useT } from '../i18n/locale-context'
import { useNewsroomSettings } from './settings-context'

/** The newsroom's sections: rename in place, reorder, remove, add; saved as one list. */
export function SectionListEditor() {
  const t = useT()
  const { sections, saveSections } = useNewsroomSettings()
  const [draft, setDraft] = useState<string[]>(sections)
  const [added, setAdded] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)

  // A newly stored list (saved here, or loaded late) replaces the draft.
  const [shown, setShown] = useState(sections)
  if (shown !== sections) {
    setShown(sections)
    setDraft(sections)
  }

  const change = (next: string[]) => {
    setDraft(next)
    setSaved(false)
  }
  const move = (from: number, to: number) => {
    if (to < 0 || to >= draft.length) return
    const next = [...draft]
    const [name] = next.splice(from, 1)
    next.splice(to, 0, name!)
    change(next)
  }
  const add = () => {
    if (!added.trim()) return
    change([...draft, added.trim()])
    setAdded('')
  }
  const save = async () => {
    const refused = await saveSections(draft)
    setError(refused)
    setSaved(!refused)
  }

  return (
    <div className="section-editor">
      <ol className="section-list" data-testid="section-list">
        {draft.map((name, index) => (
          <li key={index} className="section-entry">
            <input
              data-testid="section-name"
              lang="ar"
              dir="rtl"
              value={name}
              maxLength={MAX_SECTION_NAME}
              aria-label={t('settings.sections.name')}
              onChange={(event) => change(draft.map((other, i) => (i === index ? event.target.value : other)))}
            />
            <button type="button" className="button button-quiet button-small" aria-label={t('settings.sections.up', { name })} disabled={index === 0} onClick={() => move(index, index - 1)}>
              ▲
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={t('settings.sections.down', { name })}
              disabled={index === draft.length - 1}
              onClick={() => move(index, index + 1)}
            >
              ▼
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              data-testid="section-remove"
              aria-label={t('settings.sections.remove', { name })}
              onClick={() => change(draft.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className="section-add">
        <input
          data-testid="section-new"
          lang="ar"
          dir="rtl"
          value={added}
          maxLength={MAX_SECTION_NAME}
          placeholder={t('settings.sections.new')}
          onChange={(event) => setAdded(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              add()
            }
          }}
        />
        <button type="button" className="button button-small" data-testid="section-add" onClick={add}>
          {t('settings.sections.add')}
        </button>
      </div>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      <div className="section-save">
        <button type="button" className="button button-primary" data-testid="sections-save" onClick={() => void save()}>
          {t('settings.sections.save')}
        </button>
        {saved && (
          <span role="status" data-testid="sections-saved">
            {t('settings.sections.saved')}
          </span>
        )}
      </div>
    </div>
  )
}
