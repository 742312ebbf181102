import { META_LIMITS } from '../../../shared/article/meta'
import { useT } from '../i18n/locale-context'
import { typedAs } from '../editor/field-typography'

interface Props {
  bylines: string[]
  onChange: (bylines: string[]) => void
  onLeave: () => void
}

/** One input per author; there is always at least one to type into. */
export function BylinesField({ bylines, onChange, onLeave }: Props) {
  const t = useT()
  const shown = bylines.length > 0 ? bylines : ['']
  const set = (index: number, value: string) => onChange(shown.map((name, i) => (i === index ? value : name)))
  const remove = (index: number) => onChange(shown.filter((_, i) => i !== index))
  return (
    <fieldset className="meta-field meta-bylines">
      <legend className="meta-label">{t('field.bylines')}</legend>
      {shown.map((name, index) => (
        <span className="byline-entry" key={index}>
          <input
            data-testid={index === 0 ? 'field-byline' : `field-byline-${index + 1}`}
            data-check-target={index === 0 ? 'bylines' : undefined}
            {...typedAs('copy')}
            lang="ar"
            dir="rtl"
            value={name}
            maxLength={META_LIMITS.byline}
            aria-label={t('field.byline')}
            placeholder={t('field.byline.placeholder')}
            onChange={(event) => set(index, event.target.value)}
            onBlur={onLeave}
          />
          {shown.length > 1 && (
            <button
              type="button"
              className="button button-quiet button-small chip-remove"
              aria-label={t('field.byline.remove', { name: name || '—' })}
              onClick={() => remove(index)}
            >
              ×
            </button>
          )}
        </span>
      ))}
      {shown.length < META_LIMITS.bylines && (
        <button type="button" className="button button-quiet button-small" data-testid="add-byline" onClick={() => onChange([...shown, ''])}>
          + {t('field.byline.add')}
        </button>
      )}
    </fieldset>
  )
}
