import { useId } from 'react'
import { useT } from '../i18n/locale-context'

interface Props {
  value: string
  onChange: (query: string) => void
  busy: boolean
  testId?: string
}

/** The archive's search field: words, "phrases", prefix* and -exclusions, said in its hint. */
export function SearchBox({ value, onChange, busy, testId = 'search-box' }: Props) {
  const t = useT()
  const hintId = useId()
  return (
    <div className="search-box" role="search">
      <input
        type="search"
        dir="auto"
        className="search-input"
        data-testid={testId}
        aria-label={t('search.label')}
        aria-describedby={hintId}
        aria-busy={busy}
        placeholder={t('search.placeholder')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault()
            event.stopPropagation()
            onChange('')
          }
        }}
      />
      <span id={hintId} className="visually-hidden">
        {t('search.hint')}
      </span>
    </div>
  )
}
