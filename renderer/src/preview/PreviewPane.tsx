import { useEffect, useRef, useState } from 'react'
import { ErrorMessage } from '../common/ErrorMessage'
import { useT } from '../i18n/locale-context'
import type { ArticlePreview } from './use-article-preview'
import { withAppFonts } from './preview-fonts'
import './preview-pane.css'

export type PreviewWidth = 'phone' | 'desktop'

interface Props {
  preview: ArticlePreview
  onClose: () => void
}

/**
 * The exported page as a reader will see it, in a sandboxed frame that runs
 * no script (JSON-LD is data), submits no form, opens no popup and cannot
 * navigate the app.
 *
 * Its one permission, allow-same-origin, is what lets it show the stored
 * pictures: from an opaque origin the browser host's /media/ answers are
 * refused (the token cookie is SameSite=Strict and the responses are
 * Cross-Origin-Resource-Policy: same-origin). Without allow-scripts that
 * origin gives the page nothing to act with; the two must never be combined.
 */
const sandbox = 'allow-same-origin'
export function PreviewPane({ preview, onClose }: Props) {
  const t = useT()
  const [width, setWidth] = useState<PreviewWidth>('desktop')
  const back = useRef<HTMLButtonElement>(null)

  // On a narrow window the preview takes the whole window: the keyboard
  // starts on the way back to the article.
  useEffect(() => back.current?.focus(), [])

  // Escape closes the pane from anywhere in the app's window (the frame's own
  // document cannot tell us: it runs no script).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onClose])

  return (
    <aside className="preview-pane" aria-label={t('preview.label')} data-testid="preview-pane">
      <div className="preview-toolbar">
        <h2 className="preview-title">{t('preview.title')}</h2>
        <div className="preview-widths" role="group" aria-label={t('preview.widthLabel')}>
          {(['phone', 'desktop'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              className="button button-quiet"
              aria-pressed={width === choice}
              data-testid={`preview-width-${choice}`}
              onClick={() => setWidth(choice)}
            >
              {t(choice === 'phone' ? 'preview.phone' : 'preview.desktop')}
            </button>
          ))}
        </div>
        <button ref={back} type="button" className="button button-quiet back-button" data-testid="preview-close" onClick={onClose}>
          <span className="back-arrow" aria-hidden="true" />
          {t('preview.back')}
        </button>
      </div>
      {preview.error && <ErrorMessage message={preview.error} />}
      <div className={`preview-stage preview-stage-${width}`}>
        {preview.html === null ? (
          <p className="preview-loading">{t('preview.loading')}</p>
        ) : (
          <iframe className="preview-frame" sandbox={sandbox} srcDoc={withAppFonts(preview.html)} title={t('preview.frameTitle')} data-testid="preview-frame" />
        )}
      </div>
    </aside>
  )
}
