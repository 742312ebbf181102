import type { Editor } from '@tiptap/core'
import { useEffect, useRef } from 'react'
import { useT } from '../i18n/locale-context'
import type { InsertItem } from './insert-items'

interface Props {
  editor: Editor
  items: InsertItem[]
  active: number
  from: number
  onChoose: (item: InsertItem) => void
}

/** The list "/" opens on an empty line, under the caret. */
export function SlashMenu({ editor, items, active, from, onChoose }: Props) {
  const t = useT()
  const at = editor.view.coordsAtPos(from)
  const menu = useRef<HTMLDivElement>(null)
  // The list scrolls when the window is short: the choice the arrows reach is
  // brought into sight, never left below the fold.
  useEffect(() => {
    const chosen = menu.current?.children[active]
    if (chosen instanceof HTMLElement) chosen.scrollIntoView({ block: 'nearest' })
  }, [active, items])
  return (
    <div
      ref={menu}
      className="block-menu slash-menu"
      role="listbox"
      data-testid="slash-menu"
      aria-label={t('slash.label')}
      // Fixed to the viewport: coordsAtPos is in viewport pixels.
      style={{ position: 'fixed', left: Math.max(8, Math.min(at.left, window.innerWidth - 248)), ...besideCaret(at) }}
    >
      {items.length === 0 && <div className="block-menu-empty">{t('slash.empty')}</div>}
      {items.map((item, index) => (
        <div
          key={item.kind}
          role="option"
          aria-selected={index === active}
          className={index === active ? 'block-menu-item is-active' : 'block-menu-item'}
          data-testid={`slash-${item.kind}`}
          onMouseDown={(event) => {
            event.preventDefault()
            onChoose(item)
          }}
        >
          {t(item.label)}
        </div>
      ))}
    </div>
  )
}

/** The menu's tallest, as the stylesheet has it (20rem). */
const TALLEST = 320
const GAP = 4
const MARGIN = 8

/**
 * Under the caret when the list fits there; near the bottom of the window it
 * opens above the line instead, and either way it is never taller than the
 * room it has (it scrolls), so no choice is out of sight.
 */
function besideCaret(at: { top: number; bottom: number }) {
  const below = window.innerHeight - at.bottom - GAP - MARGIN
  const above = at.top - GAP - MARGIN
  if (below >= TALLEST || below >= above) return { top: at.bottom + GAP, maxBlockSize: Math.min(TALLEST, below) }
  return { bottom: window.innerHeight - at.top + GAP, maxBlockSize: Math.min(TALLEST, above) }
}
