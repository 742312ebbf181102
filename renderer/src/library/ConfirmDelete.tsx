import { useEffect, useRef } from 'react'
import { useReturnFocus } from '../common/use-return-focus'
import { useT } from '../i18n/locale-context'
import { UserTextMessage } from '../i18n/user-text'

interface Props {
  headline: string
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** Deleting is final, so it asks once, naming the article. */
export function ConfirmDelete({ headline, busy, onConfirm, onCancel }: Props) {
  const t = useT()
  const cancel = useRef<HTMLButtonElement>(null)
  useReturnFocus()
  // The safe choice has the focus: Enter right after the click keeps the article.
  useEffect(() => cancel.current?.focus(), [])

  return (
    <div className="modal-backdrop" onClick={onCancel}>
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-delete-title"
        aria-describedby="confirm-delete-body"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel()
        }}
      >
        <h2 id="confirm-delete-title">{t('confirmDelete.title')}</h2>
        <p id="confirm-delete-body">
          <UserTextMessage t={t} id="confirmDelete.body" param="headline" value={headline} />
        </p>
        <div className="modal-actions">
          <button type="button" className="button button-danger" data-testid="confirm-delete" disabled={busy} onClick={onConfirm}>
            {t('confirmDelete.confirm')}
          </button>
          <button type="button" ref={cancel} className="button" data-testid="cancel-delete" onClick={onCancel}>
            {t('confirmDelete.cancel')}
          </button>
        </div>
      </div>
    </div>
  )
}
