import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Person } from '../../../shared/people/person'
import { COMMENT_TEXT_MAX } from '../../../shared/review/review-threads'
import { useT } from '../i18n/locale-context'
import type { CommentText } from './article-review'
import { mentionCandidates, mentionQueryAt, mentionsIn } from './mention-query'

interface Props {
  label: string
  submitLabel: string
  people: readonly Person[]
  initial?: string
  autoFocus?: boolean
  testId: string
  onSubmit: (comment: CommentText) => void
  onCancel?: () => void
}

/**
 * Where a comment or a reply is written. "@" followed by a name offers the
 * people the desk knows; the arrow keys move, Enter or Tab picks, Escape
 * closes the list. Ctrl+Enter posts.
 */
export function CommentBox({ label, submitLabel, people, initial = '', autoFocus, testId, onSubmit, onCancel }: Props) {
  const t = useT()
  const id = useId()
  const field = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState(initial)
  const [caret, setCaret] = useState(initial.length)
  const [chosen, setChosen] = useState<Person[]>(() => people.filter((person) => initial.includes(`@${person.name}`)))
  const [active, setActive] = useState(0)
  const [dismissed, setDismissed] = useState<number | null>(null)
  const query = mentionQueryAt(text, caret)
  const candidates = useMemo(() => (query ? mentionCandidates(people, query.query) : []), [people, query?.query]) // eslint-disable-line react-hooks/exhaustive-deps
  const open = query !== null && candidates.length > 0 && dismissed !== query.start
  const shown = Math.min(active, Math.max(0, candidates.length - 1))
  const blank = text.trim() === ''

  const pick = (person: Person) => {
    if (!query) return
    const next = `${text.slice(0, query.start)}@${person.name} ${text.slice(caret)}`
    const at = query.start + person.name.length + 2
    setText(next)
    setChosen((before) => (before.some((p) => p.id === person.id) ? before : [...before, person]))
    setActive(0)
    requestAnimationFrame(() => {
      field.current?.setSelectionRange(at, at)
      setCaret(at)
    })
  }

  const submit = () => {
    if (blank) return
    onSubmit({ text: text.trim(), mentions: mentionsIn(text, chosen) })
    setText('')
    setChosen([])
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault()
        const step = event.key === 'ArrowDown' ? 1 : -1
        setActive((shown + step + candidates.length) % candidates.length)
        return
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault()
        pick(candidates[shown]!)
        return
      }
      if (event.key === 'Escape') {
        event.preventDefault()
        setDismissed(query!.start)
        return
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      submit()
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault()
      onCancel()
    }
  }

  return (
    <form
      className="comment-box"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <label className="comment-box-label" htmlFor={`${id}-text`}>
        {label}
      </label>
      <textarea
        ref={field}
        id={`${id}-text`}
        data-testid={testId}
        dir="auto"
        rows={3}
        maxLength={COMMENT_TEXT_MAX}
        value={text}
        autoFocus={autoFocus}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-people`}
        aria-activedescendant={open ? `${id}-person-${shown}` : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setText(event.target.value)
          setCaret(event.target.selectionStart)
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      <p className="comment-box-hint" id={`${id}-hint`}>
        {t('review.mentionHint')}
      </p>
      {open && (
        <ul className="mention-list" id={`${id}-people`} role="listbox" aria-label={t('review.mentionList')}>
          {candidates.map((person, index) => (
            <li
              key={person.id}
              id={`${id}-person-${index}`}
              role="option"
              aria-selected={index === shown}
              className="mention-option"
              data-testid="mention-option"
              onMouseDown={(event) => {
                event.preventDefault()
                pick(person)
              }}
            >
              <span className="person-swatch" style={{ backgroundColor: person.colour }} aria-hidden="true" />
              <bdi>{person.name}</bdi>
            </li>
          ))}
        </ul>
      )}
      <div className="comment-box-actions">
        <button type="submit" className="button button-small" data-testid={`${testId}-submit`} disabled={blank}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet button-small" data-testid={`${testId}-cancel`} onClick={onCancel}>
            {t('review.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
