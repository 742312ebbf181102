import { useId, useState } from 'react'
import { useT } from '../i18n/locale-context'
import { failureMessage } from '../common/failure-message'
import { HighlightedText } from './HighlightedText'
import { useArchiveSearch } from './use-archive-search'
import './search.css'

export interface PickedArticle {
  id: string
  headline: string
}

interface Props {
  /** The field's label, said by a screen reader and shown. */
  label: string
  placeholder: string
  /** The article being edited, and those already chosen: never offered. */
  leaveOut: readonly string[]
  onPick: (article: PickedArticle) => void
  testId: string
}

/**
 * An article chosen from the archive by searching it: type a few words, move
 * through what it finds with the arrow keys, Enter (or a click) picks one. A
 * combobox with its listbox, so it reads the same with a screen reader.
 */
export function ArticlePicker({ label, placeholder, leaveOut, onPick, testId }: Props) {
  const t = useT()
  const id = useId()
  const [query, setQuery] = useState('')
  const [shown, setShown] = useState(0)
  const search = useArchiveSearch(query, { sort: 'relevance' })
  const options = (search.answer?.results ?? []).filter((result) => !leaveOut.includes(result.article.id)).slice(0, 8)
  const open = options.length > 0
  const active = Math.min(shown, Math.max(options.length - 1, 0))

  const pick = (index: number) => {
    const chosen = options[index]
    if (!chosen) return
    onPick({ id: chosen.article.id, headline: chosen.article.headline })
    setQuery('')
    setShown(0)
  }

  return (
    <div className="article-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        dir="auto"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${id}-option-${active}` : undefined}
        data-testid={testId}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setShown(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && open) {
            event.preventDefault()
            setShown((active + 1) % options.length)
          } else if (event.key === 'ArrowUp' && open) {
            event.preventDefault()
            setShown((active - 1 + options.length) % options.length)
          } else if (event.key === 'Enter' && open) {
            // Enter picks the article; it never submits the form around the picker.
            event.preventDefault()
            pick(active)
          } else if (event.key === 'Escape' && query !== '') {
            event.preventDefault()
            event.stopPropagation()
            setQuery('')
          }
        }}
      />
      <ul className="article-picker-list" id={`${id}-list`} role="listbox" aria-label={t('search.resultsLabel')} hidden={!open}>
        {options.map((result, index) => (
          <li
            key={result.article.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className="article-picker-option"
            data-testid={`${testId}-option`}
            // The input keeps the focus while the mouse picks.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(index)}
          >
            <HighlightedText pieces={result.headline.length > 0 ? result.headline : [{ text: t('library.untitled'), match: false }]} />
          </li>
        ))}
      </ul>
      {search.failure && (
        <p className="field-error" role="alert">
          {failureMessage(t, search.failure)}
        </p>
      )}
      {search.answer && options.length === 0 && <p className="article-picker-none">{t('search.count', { count: 0 })}</p>}
    </div>
  )
}
