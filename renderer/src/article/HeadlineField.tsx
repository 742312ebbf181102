import { useRef } from 'react'
import { countGraphemes } from '../../../shared/text/graphemes'
import { META_LIMITS } from '../../../shared/article/meta'
import { useT } from '../i18n/locale-context'
import { typedAs } from '../editor/field-typography'
import { useGrowWithText } from './grow-with-text'
import { singleLine, noNewline } from './single-line'

interface Props {
  value: string
  target: number
  onChange: (value: string) => void
  onLeave: () => void
}

/** The headline, with its length in graphemes against the newsroom's target. */
export function HeadlineField({ value, target, onChange, onLeave }: Props) {
  const t = useT()
  const count = countGraphemes(value)
  const over = count > target
  const box = useRef<HTMLTextAreaElement>(null)
  useGrowWithText(box, value)
  return (
    <label className="meta-field meta-headline">
      <span className="meta-label-row">
        <span className="meta-label">{t('field.headline')}</span>
        <span
          className="headline-count"
          data-testid="headline-count"
          data-over={over ? 'true' : 'false'}
          aria-label={t('field.headline.countLabel', { count, target })}
          title={over ? t('field.headline.over') : undefined}
        >
          {t('field.headline.count', { count, target })}
        </span>
      </span>
      <textarea
        ref={box}
        data-testid="field-headline"
        data-check-target="headline"
        {...typedAs('copy')}
        lang="ar"
        dir="rtl"
        rows={1}
        value={value}
        maxLength={META_LIMITS.headline}
        placeholder={t('field.headline.placeholder')}
        aria-invalid={over ? 'true' : undefined}
        onChange={(event) => onChange(singleLine(event.target.value))}
        onKeyDown={noNewline}
        onBlur={onLeave}
      />
    </label>
  )
}
