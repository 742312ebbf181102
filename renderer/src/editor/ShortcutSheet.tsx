import { useEffect, useRef } from 'react'
import type { MessageKey } from '../../../shared/i18n/ar'
import { useT } from '../i18n/locale-context'
import { chordLabel, chords } from './physical-shortcuts'

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform)

/** Every editor shortcut, in the interface language, from the table that binds them. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const t = useT()
  const closeButton = useRef<HTMLButtonElement>(null)
  const mac = isMac()
  useEffect(() => closeButton.current?.focus(), [])

  return (
    <div
      className="shortcut-sheet"
      role="dialog"
      aria-modal="false"
      aria-labelledby="shortcut-sheet-title"
      data-testid="shortcut-sheet"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <div className="shortcut-sheet-head">
        <h2 id="shortcut-sheet-title">{t('shortcut.title')}</h2>
        <button ref={closeButton} type="button" className="button button-quiet" data-testid="shortcut-sheet-close" onClick={onClose}>
          {t('shortcut.close')}
        </button>
      </div>
      <p className="shortcut-note">{t('shortcut.note')}</p>
      <table>
        <tbody>
          {chords.map((chord) => (
            <tr key={chordLabel(chord, mac)}>
              <td>{t(`shortcut.${chord.action}` as MessageKey)}</td>
              <td>
                <kbd dir="ltr">{chordLabel(chord, mac)}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>{t('shortcut.slash')}</td>
            <td>
              <kbd dir="ltr">/</kbd>
            </td>
          </tr>
          <tr>
            <td>{t('shortcut.toolbar')}</td>
            <td>
              <kbd dir="ltr">Alt+F10</kbd>
            </td>
          </tr>
          <tr>
            <td>{t('shortcut.tableCell')}</td>
            <td>
              <kbd dir="ltr">Tab</kbd> / <kbd dir="ltr">Shift+Tab</kbd>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  )
}
