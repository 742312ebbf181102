import type { Editor } from '@tiptap/core'
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
  return (
    <div
      className="block-menu slash-menu"
      role="listbox"
      data-testid="slash-menu"
      aria-label={t('slash.label')}
      // Fixed to the viewport: coordsAtPos is in viewport pixels. Both edges
      // are set so the menu hangs from the caret's side in either direction.
      style={{ position: 'fixed', top: at.bottom + 4, left: Math.max(8, Math.min(at.left, window.innerWidth - 248)) }}
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
