import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { useT } from '../i18n/locale-context'
import { focusBodyNow } from './focus-body'
import { insertItems } from './insert-items'

/** The toolbar's insert dropdown: every block the body can hold. */
export function InsertMenu({ editor }: { editor: Editor }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const menu = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus()
    const close = (event: MouseEvent) => {
      if (!menu.current?.parentElement?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])

  return (
    <div className="insert-menu-anchor">
      <button
        type="button"
        className="tool"
        data-testid="tb-insert"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('tb.insert.hint')}
        title={t('tb.insert.hint')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((was) => !was)}
      >
        {t('tb.insert')} ▾
      </button>
      {open && (
        <div
          ref={menu}
          className="block-menu"
          role="menu"
          aria-label={t('tb.insert')}
          onKeyDown={(event) => {
            const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
            const at = items.indexOf(document.activeElement as HTMLButtonElement)
            if (event.key === 'Escape') {
              event.preventDefault()
              setOpen(false)
              editor.view.focus()
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault()
              const step = event.key === 'ArrowDown' ? 1 : -1
              items[(at + step + items.length) % items.length]?.focus()
            }
          }}
        >
          {insertItems.map((item) => (
            <button
              key={item.kind}
              type="button"
              role="menuitem"
              className="block-menu-item"
              data-testid={`insert-${item.kind}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setOpen(false)
                // The new block's fields (a figure's caption) may be clicked at once.
                focusBodyNow(editor)
                item.apply(editor.chain()).scrollIntoView().run()
              }}
            >
              {t(item.label)}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
