import { useEffect, useId, useRef } from 'react'
import { failureMessage } from '../common/failure-message'
import { useT } from '../i18n/locale-context'
import { BundleArticleList } from './BundleArticleList'
import { BundleSenderLine } from './BundleSenderLine'
import type { BundleOpening } from './use-bundle-open'
import './bundles.css'

interface Props {
  opening: BundleOpening
  onMerge: () => void
  onOpenArticle: (id: string) => void
  onClose: () => void
}

/**
 * A .midad file, read and checked: who sent it and what merging it changes
 * here, then merged only on the person's word. A refused file says why and
 * that nothing changed.
 */
export function OpenBundleDialog({ opening, onMerge, onOpenArticle, onClose }: Props) {
  const t = useT()
  const titleId = useId()
  const mergeButton = useRef<HTMLButtonElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const busy = opening.name === 'checking' || opening.name === 'merging'

  useEffect(() => {
    if (opening.name === 'preview') mergeButton.current?.focus()
    if (opening.name === 'merged' || opening.name === 'refused') closeButton.current?.focus()
  }, [opening.name])

  const closeUnlessBusy = () => {
    if (!busy) onClose()
  }

  return (
    <div className="modal-backdrop" onClick={closeUnlessBusy}>
      <div
        className="modal bundle-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy}
        data-testid="bundle-dialog"
        data-phase={opening.name}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') closeUnlessBusy()
        }}
      >
        <h2 id={titleId}>{opening.name === 'merged' ? t('bundle.mergedTitle') : t('bundle.openTitle')}</h2>
        <p className="bundle-file">
          <bdi dir="ltr">{opening.fileName}</bdi>
        </p>
        {opening.name === 'checking' && <p role="status">{t('bundle.checking')}</p>}
        {(opening.name === 'preview' || opening.name === 'merging') && (
          <>
            <BundleSenderLine sender={opening.preview.sender} />
            <p>{t(opening.preview.purpose === 'back' ? 'bundle.purpose.back' : 'bundle.purpose.review')}</p>
            <BundleArticleList articles={opening.preview.articles} />
            <p className="bundle-note">{t('bundle.mergeNote')}</p>
          </>
        )}
        {opening.name === 'merging' && <p role="status">{t('bundle.merging')}</p>}
        {opening.name === 'merged' && (
          <>
            <p role="status" data-testid="bundle-merged">
              {t('bundle.merged', { count: opening.opened.articles.length })}
            </p>
            <BundleArticleList articles={opening.opened.articles} onOpenArticle={onOpenArticle} />
          </>
        )}
        {opening.name === 'refused' && (
          <p className="bundle-error" role="alert" data-testid="bundle-error">
            {failureMessage(t, opening.failure)}
          </p>
        )}
        <div className="modal-actions">
          {(opening.name === 'preview' || opening.name === 'merging') && (
            <>
              <button ref={mergeButton} type="button" className="button button-primary" data-testid="bundle-merge" disabled={busy} onClick={onMerge}>
                {opening.name === 'merging' ? t('bundle.merging') : t('bundle.merge')}
              </button>
              <button type="button" className="button" data-testid="bundle-cancel" disabled={busy} onClick={onClose}>
                {t('bundle.cancel')}
              </button>
            </>
          )}
          {(opening.name === 'merged' || opening.name === 'refused') && (
            <button ref={closeButton} type="button" className="button" data-testid="bundle-close" onClick={onClose}>
              {t('bundle.close')}
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
