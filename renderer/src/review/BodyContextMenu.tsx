import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { Editor } from '@tiptap/core'
import { useT } from '../i18n/locale-context'
import type { ArticleReview } from './article-review'
import { suggestionAt } from './suggestion-at'

interface Props {
  editor: Editor
  review: ArticleReview
  onComment: () => void
}

interface Opened {
  x: number
  y: number
  suggestion: string | null
  selected: boolean
}

/**
 * The body's own menu on a right click (or the context-menu key) where review
 * has something to offer: Comment on the selected words, and Accept or Reject
 * the suggestion under the caret. Elsewhere the browser's menu is left alone.
 */
export function BodyContextMenu({ editor, review, onComment }: Props) {
  const t = useT()
  const [opened, setOpened] = useState<Opened | null>(null)
  const menu = useRef<HTMLUListElement>(null)

  useEffect(() => {
    const dom = editor.view.dom
    const onContextMenu = (event: MouseEvent) => {
      const suggestion = suggestionAt(editor.state)
      const selected = !editor.state.selection.empty
      if (!suggestion && !selected) return
      event.preventDefault()
      const box = dom.getBoundingClientRect()
      // The context-menu key reports no pointer: the menu opens at the caret.
      const caret = editor.view.coordsAtPos(editor.state.selection.from)
      const x = event.clientX || caret.left || box.left
      const y = event.clientY || caret.bottom || box.top
      setOpened({ x, y, suggestion, selected })
    }
    dom.addEventListener('contextmenu', onContextMenu)
    return () => dom.removeEventListener('contextmenu', onContextMenu)
  }, [editor])

  useEffect(() => {
    if (!opened) return
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus()
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpened(null)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [opened])

  if (!opened) return null
  const done = (act: () => void) => () => {
    setOpened(null)
    act()
    editor.view.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    if (event.key === 'Escape') {
      event.preventDefault()
      setOpened(null)
      editor.view.focus()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      items[(at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus()
    }
  }
  return (
    <ul ref={menu} className="body-context-menu" role="menu" aria-label={t('review.menu')} data-testid="body-context-menu" style={{ insetInlineStart: document.documentElement.dir === 'rtl' ? window.innerWidth - opened.x : opened.x, insetBlockStart: opened.y }} onKeyDown={onKeyDown}>
      {opened.selected && (
        <li role="none">
          <button type="button" role="menuitem" data-testid="menu-comment" onClick={done(onComment)}>
            {t('tb.comment')}
          </button>
        </li>
      )}
      {opened.suggestion && (
        <>
          <li role="none">
            <button type="button" role="menuitem" data-testid="menu-accept" onClick={done(() => review.decide('accept', [opened.suggestion!]))}>
              {t('review.accept')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" data-testid="menu-reject" onClick={done(() => review.decide('reject', [opened.suggestion!]))}>
              {t('review.reject')}
            </button>
          </li>
        </>
      )}
    </ul>
  )
}
