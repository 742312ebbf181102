import type { ChangeEvent, KeyboardEvent } from 'react'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { MessageKey } from '../../../shared/i18n/ar'
import { useT } from '../i18n/locale-context'

type Field = keyof ArticleMeta

interface Props {
  meta: ArticleMeta
  onChange: (field: Field, value: string) => void
  onLeave: () => void
}

// The model's limits (shared/article/meta.ts), so a runaway paste is cut here
// instead of being refused on save.
const maxLength: Record<Field, number> = { section: 120, kicker: 200, headline: 500, dek: 2000, byline: 300, dateline: 120 }

// The copy is Arabic whatever language the interface speaks.
// Headline and dek wrap like they will in print but stay one paragraph.
const singleLine = (value: string) => value.replace(/[\r\n]+/g, ' ')
const noNewline = (event: KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault()
}

export function MetaFields({ meta, onChange, onLeave }: Props) {
  const t = useT()
  const line = (field: Field, className: string) => (
    <label className={`meta-field ${className}`}>
      <span className="meta-label">{t(`field.${field}` as MessageKey)}</span>
      <input
        data-testid={`field-${field}`}
        lang="ar"
        dir="rtl"
        value={meta[field]}
        maxLength={maxLength[field]}
        placeholder={t(`field.${field}.placeholder` as MessageKey)}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(field, event.target.value)}
        onBlur={onLeave}
      />
    </label>
  )
  const block = (field: 'headline' | 'dek', className: string) => (
    <label className={`meta-field ${className}`}>
      <span className="meta-label">{t(`field.${field}`)}</span>
      <textarea
        data-testid={`field-${field}`}
        lang="ar"
        dir="rtl"
        rows={field === 'headline' ? 1 : 2}
        value={meta[field]}
        maxLength={maxLength[field]}
        placeholder={t(`field.${field}.placeholder`)}
        onChange={(event) => onChange(field, singleLine(event.target.value))}
        onKeyDown={noNewline}
        onBlur={onLeave}
      />
    </label>
  )

  return (
    <section className="meta" aria-label={t('article.metaLabel')}>
      <div className="meta-row">
        {line('section', 'meta-section')}
        {line('kicker', 'meta-kicker')}
      </div>
      {block('headline', 'meta-headline')}
      {block('dek', 'meta-dek')}
      <div className="meta-row">
        {line('byline', 'meta-byline')}
        {line('dateline', 'meta-dateline')}
      </div>
    </section>
  )
}
