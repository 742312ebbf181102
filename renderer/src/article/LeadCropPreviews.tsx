import { leadCropRegion, leadCropsPossible, leadCropShapes, type FocalPoint, type LeadCropShape, type PictureSize } from '../../../shared/article/lead-image-crop'
import { useT } from '../i18n/locale-context'

interface Props {
  src: string
  /** The picture's own size, upright. */
  size: PictureSize
  focus: FocalPoint
}

/**
 * The 16×9, 4×3 and 1×1 crops as the export cuts them: the same region
 * (shared/article/lead-image-crop.ts), shown by sliding the picture inside a
 * box of that shape. A picture too small for them is said to be so: the
 * export then publishes it without crops.
 */
export function LeadCropPreviews({ src, size, focus }: Props) {
  const t = useT()
  const position = (shape: LeadCropShape): string => {
    const region = leadCropRegion(size, shape, focus)
    // object-position p% lines the picture's p% up with the box's p%, which
    // puts the region's top left at the box's when p = left / (slack).
    const along = (start: number, slack: number) => (slack > 0 ? (start / slack) * 100 : 50)
    return `${along(region.left, size.width - region.width)}% ${along(region.top, size.height - region.height)}%`
  }
  if (!leadCropsPossible(size)) {
    return (
      <p className="lead-crops-too-small" data-testid="lead-crops-too-small">
        {t('field.leadImage.crops.tooSmall', { width: size.width, height: size.height })}
      </p>
    )
  }
  return (
    <ul className="lead-crop-previews" aria-label={t('field.leadImage.crops')} data-testid="lead-crop-previews">
      {(Object.keys(leadCropShapes) as LeadCropShape[]).map((shape) => (
        <li key={shape}>
          <span className="lead-crop" style={{ aspectRatio: `${leadCropShapes[shape].across} / ${leadCropShapes[shape].down}` }}>
            <img src={src} alt="" style={{ objectPosition: position(shape) }} data-testid={`lead-crop-${shape}`} />
          </span>
          <span className="lead-crop-name" dir="ltr">{shape.replace('x', ':')}</span>
        </li>
      ))}
    </ul>
  )
}
