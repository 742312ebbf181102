import { useEffect, useRef, useState } from 'react'
import { useBackend } from '../backend/backend-context'
import { ErrorMessage } from '../common/ErrorMessage'
import { refused, type ShownMessage } from '../common/shown-message'
import { useT } from '../i18n/locale-context'
import type { ExportNotice as ExportNote } from '../../../shared/publishing/export-notice'

/** Long enough to read a folder path; the notice stays while the pointer or the keyboard is on it. */
export const EXPORT_NOTICE_MS = 8000

interface Props {
  articleId: string
  folder: string
  /** A draft export (noindex, no publish date) says so, so nobody takes it for the page to publish. */
  draft: boolean
  /** What the export left out that the files do not say (suggestions still waiting). */
  notes?: readonly ExportNote[]
  onDismiss: () => void
}

/**
 * "Exported to …": goes away by itself after a few seconds, unless the
 * journalist is reading it (pointer over it) or using it (focus inside).
 * "Open folder" asks the back side to show the folder; a back side without a
 * desktop (the browser host) cannot, and the notice then says where it is.
 */
export function ExportNotice({ articleId, folder, draft, notes = [], onDismiss }: Props) {
  const t = useT()
  const { api } = useBackend()
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const [notOpened, setNotOpened] = useState(false)
  const [error, setError] = useState<ShownMessage | null>(null)
  const dismiss = useRef(onDismiss)
  useEffect(() => {
    dismiss.current = onDismiss
  }, [onDismiss])

  const held = hovered || focused || error !== null
  useEffect(() => {
    if (held) return
    const timer = setTimeout(() => dismiss.current(), EXPORT_NOTICE_MS)
    return () => clearTimeout(timer)
  }, [held, folder])

  const openFolder = async () => {
    setError(null)
    const opened = await api.openExportFolder({ id: articleId })
    if (!opened.ok) setError(refused(opened.error))
    else setNotOpened(!opened.value.opened)
  }

  return (
    <div
      className="notice export-notice"
      role="status"
      data-testid="export-notice"
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false)
      }}
    >
      <p>
        {notOpened ? t('article.folderNotOpened') : t(draft ? 'article.exportedDraft' : 'article.exported')}{' '}
        <code data-testid="export-result" dir="ltr">
          {folder}
        </code>
      </p>
      {notes.map((note) => (
        <p key={note.code} data-testid="export-note">
          {t(`export.notice.${note.code}`, { count: note.count })}
        </p>
      ))}
      {error && <ErrorMessage message={error} />}
      <button type="button" className="button button-quiet" data-testid="open-export-folder" onClick={() => void openFolder()}>
        {t('article.openFolder')}
      </button>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('message.dismiss')}
      </button>
    </div>
  )
}
