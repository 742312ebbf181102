import { useState, type KeyboardEvent } from 'react'
import { META_LIMITS } from '../../../shared/article/meta'
import { useT } from '../i18n/locale-context'

interface Props {
  tags: string[]
  onChange: (tags: string[]) => void
  onLeave: () => void
}

// Arabic keyboards put «،» where others put a comma: both end a tag.
const separators = /[,،]/

/** Tags as chips: Enter (or a comma) adds what was typed, × removes one. */
export function TagsField({ tags, onChange, onLeave }: Props) {
  const t = useT()
  const [typed, setTyped] = useState('')

  const add = (text: string) => {
    const fresh = text
      .split(separators)
      .map((tag) => tag.trim().slice(0, META_LIMITS.tag))
      .filter((tag) => tag && !tags.includes(tag))
    if (fresh.length > 0) onChange([...tags, ...new Set(fresh)].slice(0, META_LIMITS.tags))
    setTyped('')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      add(typed)
    } else if (event.key === 'Backspace' && typed === '' && tags.length > 0) {
      onChange(tags.slice(0, -1))
    }
  }

  return (
    <div className="meta-field meta-tags">
      <label className="meta-label" htmlFor="field-tags">
        {t('field.tags')}
      </label>
      <div className="chips" data-testid="tags">
        {tags.map((tag) => (
          <span className="chip" key={tag} data-testid="tag" lang="ar" dir="rtl">
            {tag}
            <button
              type="button"
              className="chip-remove"
              aria-label={t('field.tag.remove', { name: tag })}
              onClick={() => onChange(tags.filter((other) => other !== tag))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id="field-tags"
          data-testid="field-tags"
          lang="ar"
          dir="rtl"
          value={typed}
          maxLength={META_LIMITS.tag * 4}
          placeholder={t('field.tags.placeholder')}
          onChange={(event) => {
            const value = event.target.value
            if (separators.test(value)) add(value)
            else setTyped(value)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            add(typed)
            onLeave()
          }}
        />
      </div>
    </div>
  )
}
