import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { focalPointOf, type FocalPoint, type PictureSize } from '../../../shared/article/lead-image-crop'
import { useT } from '../i18n/locale-context'
import { LeadCropPreviews } from './LeadCropPreviews'
import './focal-point.css'

interface Props {
  src: string
  alt: string
  /** Absent means the centre. */
  focus: FocalPoint | undefined
  onChange: (focus: FocalPoint) => void
  onLeave: () => void
}

// Stored to a tenth of a percent: finer than any crop can show, short in the JSON.
const rounded = (value: number): number => Math.round(Math.min(Math.max(value, 0), 1) * 1000) / 1000

const arrowSteps: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1]
}

/**
 * The lead image with the point its crops keep: a click on the picture puts
 * the marker there (or drags it), the arrow keys move it (Shift for small
 * steps), and the three crops are previewed as they will be cut.
 */
export function FocalPointPicker({ src, alt, focus, onChange, onLeave }: Props) {
  const t = useT()
  const point = focalPointOf(focus)
  const [size, setSize] = useState<PictureSize | null>(null)
  const dragging = useRef(false)

  const place = (event: PointerEvent<HTMLDivElement>) => {
    const picture = event.currentTarget.querySelector('img')?.getBoundingClientRect()
    if (!picture || picture.width === 0 || picture.height === 0) return
    onChange({ x: rounded((event.clientX - picture.left) / picture.width), y: rounded((event.clientY - picture.top) / picture.height) })
  }

  const move = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = arrowSteps[event.key]
    if (!step) return
    event.preventDefault()
    const distance = event.shiftKey ? 0.01 : 0.05
    onChange({ x: rounded(point.x + step[0] * distance), y: rounded(point.y + step[1] * distance) })
  }

  const percent = (value: number) => Math.round(value * 100)

  return (
    <div className="lead-image-focus">
      {/* A picture has a left and a right whatever the page's direction: the
          point is measured from its top left, and the arrows move it that way. */}
      <div
        className="focal-point-frame"
        dir="ltr"
        data-testid="focal-point-frame"
        onPointerDown={(event) => {
          if (event.button !== 0) return
          event.currentTarget.setPointerCapture(event.pointerId)
          dragging.current = true
          place(event)
        }}
        onPointerMove={(event) => dragging.current && place(event)}
        onPointerUp={() => {
          dragging.current = false
          onLeave()
        }}
        onPointerCancel={() => {
          dragging.current = false
        }}
      >
        <img
          src={src}
          alt={alt}
          draggable={false}
          data-testid="lead-image-preview"
          onLoad={(event) => setSize({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })}
        />
        <button
          type="button"
          className="focal-point-marker"
          data-testid="focal-point-marker"
          style={{ insetInlineStart: `${point.x * 100}%`, insetBlockStart: `${point.y * 100}%` }}
          aria-label={t('field.leadImage.focus', { x: percent(point.x), y: percent(point.y) })}
          title={t('field.leadImage.focus', { x: percent(point.x), y: percent(point.y) })}
          onKeyDown={move}
          onBlur={onLeave}
        />
      </div>
      <p className="focal-point-hint">{t('field.leadImage.focus.hint')}</p>
      {size && <LeadCropPreviews src={src} size={size} focus={point} />}
    </div>
  )
}
