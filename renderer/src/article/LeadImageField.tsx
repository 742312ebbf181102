import { useRef, useState, type ChangeEvent } from 'react'
import { META_LIMITS, type LeadImage } from '../../../shared/article/meta'
import { useBackend } from '../backend/backend-context'
import { storePicture } from '../editor/store-picture'
import { typedAs } from '../editor/field-typography'
import type { ShownMessage } from '../common/shown-message'
import { useT } from '../i18n/locale-context'
import type { BodyFigure } from './body-figures'
import { FocalPointPicker } from './FocalPointPicker'

interface Props {
  value: LeadImage | null
  /** The article's own pictures, read from the body when the journalist looks. */
  readFigures: () => BodyFigure[]
  onChange: (lead: LeadImage | null) => void
  onLeave: () => void
  onError: (message: ShownMessage | null) => void
}

/**
 * The picture that stands for the article: one of its own figures (with that
 * figure's caption, credit and alt as a start) or a picture from disk, with
 * the focal point its crops keep. A newly chosen picture starts centred.
 */
export function LeadImageField({ value, readFigures, onChange, onLeave, onError }: Props) {
  const t = useT()
  const { api, mediaUrl } = useBackend()
  const fileInput = useRef<HTMLInputElement>(null)
  const [adding, setAdding] = useState(false)
  const [figures, setFigures] = useState<BodyFigure[] | null>(null)
  // The export prints such a picture once, as the lead (render-publication.ts); the journalist is told so here.
  const alsoInBody = value !== null && readFigures().some((figure) => figure.mediaId === value.mediaId)

  const fromDisk = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    setAdding(true)
    onError(null)
    try {
      const stored = await storePicture(api, file)
      if (stored.ok) onChange({ mediaId: stored.mediaId, caption: '', credit: '', alt: '' })
      else onError(stored.message)
    } finally {
      setAdding(false)
    }
  }

  const text = (field: 'caption' | 'credit' | 'alt') =>
    value && (
      <label className="meta-field">
        <span className="meta-label">{t(`field.leadImage.${field}`)}</span>
        <input
          data-testid={`lead-image-${field}`}
          data-check-target={`leadImage.${field}`}
          {...typedAs('copy')}
          lang="ar"
          dir="rtl"
          value={value[field]}
          maxLength={META_LIMITS[field]}
          onChange={(event) => onChange({ ...value, [field]: event.target.value })}
          onBlur={onLeave}
        />
      </label>
    )

  return (
    <fieldset className="meta-field meta-lead-image" data-testid="lead-image" data-check-target="leadImage">
      <legend className="meta-label">{t('field.leadImage')}</legend>
      {value ? (
        <div className="lead-image-chosen">
          <FocalPointPicker
            src={mediaUrl(value.mediaId)}
            alt={value.alt}
            focus={value.focus}
            onChange={(focus) => onChange({ ...value, focus })}
            onLeave={onLeave}
          />
          <div className="lead-image-text">
            {text('caption')}
            {text('credit')}
            {text('alt')}
            {alsoInBody && (
              <p className="settings-hint" data-testid="lead-image-also-in-body">
                {t('lead.alsoInBody')}
              </p>
            )}
            <button type="button" className="button button-quiet button-small" data-testid="lead-image-remove" onClick={() => onChange(null)}>
              {t('field.leadImage.remove')}
            </button>
          </div>
        </div>
      ) : (
        <div className="lead-image-pick">
          <span className="lead-image-none">{t('field.leadImage.none')}</span>
          <button
            type="button"
            className="button button-small"
            data-testid="lead-image-from-article"
            aria-expanded={figures !== null}
            onClick={() => setFigures(figures ? null : readFigures())}
          >
            {t('field.leadImage.fromArticle')}
          </button>
          <button type="button" className="button button-small" data-testid="lead-image-from-disk" disabled={adding} onClick={() => fileInput.current?.click()}>
            {adding ? t('field.leadImage.adding') : t('field.leadImage.fromDisk')}
          </button>
          <input ref={fileInput} type="file" accept="image/jpeg,image/png" hidden data-testid="lead-image-file" onChange={(event) => void fromDisk(event)} />
        </div>
      )}
      {!value && figures && (
        <ul className="lead-image-figures" data-testid="lead-image-figures">
          {figures.length === 0 && <li className="lead-image-none">{t('field.leadImage.fromArticle.none')}</li>}
          {figures.map((figure) => (
            <li key={figure.mediaId}>
              <button
                type="button"
                className="lead-image-figure"
                data-testid="lead-image-figure"
                onClick={() => {
                  onChange({ mediaId: figure.mediaId, caption: figure.caption, credit: figure.credit, alt: figure.alt })
                  setFigures(null)
                }}
              >
                <img src={mediaUrl(figure.mediaId)} alt={figure.alt} />
                <span>{figure.caption || figure.alt || figure.mediaId.slice(0, 8)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
