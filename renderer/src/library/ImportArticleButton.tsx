import { useRef, type ChangeEvent } from 'react'
import { useT } from '../i18n/locale-context'

// What the importer reads, and review bundles to merge; the picker suggests these, core decides.
const accepted = '.midad,.docx,.html,.htm,.md,.markdown,.txt,text/plain,text/html,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

interface Props {
  importing: boolean
  disabled: boolean
  onFile: (file: File) => void
  onCancel: () => void
}

/** "Import a file": opens the system picker for one article file. */
export function ImportArticleButton({ importing, disabled, onFile, onCancel }: Props) {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Cleared so choosing the same file again (after fixing it) fires again.
    event.target.value = ''
    if (file) onFile(file)
  }

  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="import-article"
        title={t('library.importLabel')}
        disabled={disabled || importing}
        aria-busy={importing}
        onClick={() => input.current?.click()}
      >
        {importing ? t('library.importing') : t('library.import')}
      </button>
      {/* A long import (a large Word file) can be stopped; nothing is created then. */}
      {importing && (
        <button type="button" className="button" data-testid="import-cancel" onClick={onCancel}>
          {t('library.importCancel')}
        </button>
      )}
      <input ref={input} type="file" accept={accepted} hidden data-testid="import-file" onChange={chosen} />
    </>
  )
}
