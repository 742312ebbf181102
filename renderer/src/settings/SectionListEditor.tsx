import { useState } from 'react'
import { MAX_SECTION_NAME } from '../../../shared/settings/newsroom-settings'
import { ErrorMessage } from '../common/ErrorMessage'
import type { ShownMessage } from '../common/shown-message'
import { useT } from '../i18n/locale-context'
import { useNewsroomSettings } from './settings-context'

/**
 * The newsroom's sections: rename in place, reorder, remove, add. Like every
 * other setting, each change is stored as it is made (a rename when the name
 * loses focus), so leaving the settings never loses one; a refused list goes
 * back to the stored one, beside the message saying why.
 */
export function SectionListEditor() {
  const t = useT()
  const { sections, saveSections } = useNewsroomSettings()
  const [draft, setDraft] = useState<string[]>(sections)
  const [added, setAdded] = useState('')
  const [error, setError] = useState<ShownMessage | null>(null)
  const [saved, setSaved] = useState(false)

  // A newly stored list (saved here, or loaded late) replaces the draft.
  const [shown, setShown] = useState(sections)
  if (shown !== sections) {
    setShown(sections)
    setDraft(sections)
  }

  const store = async (next: string[]) => {
    setDraft(next)
    setSaved(false)
    const refusal = await saveSections(next)
    setError(refusal)
    setSaved(!refusal)
    if (refusal) setDraft(sections)
  }
  const move = (from: number, to: number) => {
    if (to < 0 || to >= draft.length) return
    const next = [...draft]
    const [name] = next.splice(from, 1)
    next.splice(to, 0, name!)
    void store(next)
  }
  const add = () => {
    if (!added.trim()) return
    void store([...draft, added.trim()])
    setAdded('')
  }
  const rename = () => {
    if (draft.length === sections.length && draft.every((name, i) => name === sections[i])) return
    void store(draft)
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
              onChange={(event) => setDraft(draft.map((other, i) => (i === index ? event.target.value : other)))}
              onBlur={rename}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault()
                  rename()
                }
              }}
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
              onClick={() => void store(draft.filter((_, i) => i !== index))}
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
      {saved && (
        <p className="section-saved" role="status" data-testid="sections-saved">
          {t('settings.sections.saved')}
        </p>
      )}
    </div>
  )
}
