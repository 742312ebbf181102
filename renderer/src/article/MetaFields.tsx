import { META_LIMITS, type ArticleMeta } from '../../../shared/article/meta'
import { useT } from '../i18n/locale-context'
import { useNewsroomSettings } from '../settings/settings-context'
import { BylinesField } from './BylinesField'
import { typedAs } from '../editor/field-typography'
import { HeadlineField } from './HeadlineField'
import { SectionSelect } from './SectionSelect'
import { singleLine, noNewline } from './single-line'

interface Props {
  meta: ArticleMeta
  onChange: (patch: Partial<ArticleMeta>) => void
  onLeave: () => void
}

/** What a reader sees above the body, laid out on the sheet as it will print. */
// The copy is Arabic whatever language the interface speaks.
export function MetaFields({ meta, onChange, onLeave }: Props) {
  const t = useT()
  const { settings } = useNewsroomSettings()
  const line = (field: 'kicker' | 'dateline', className: string) => (
    <label className={`meta-field ${className}`}>
      <span className="meta-label">{t(`field.${field}`)}</span>
      <input
        data-testid={`field-${field}`}
        data-check-target={field}
        {...typedAs('copy')}
        lang="ar"
        dir="rtl"
        value={meta[field]}
        maxLength={META_LIMITS[field]}
        placeholder={t(`field.${field}.placeholder`)}
        onChange={(event) => onChange({ [field]: event.target.value })}
        onBlur={onLeave}
      />
    </label>
  )

  return (
    <section className="meta" aria-label={t('article.metaLabel')}>
      <div className="meta-row">
        <SectionSelect value={meta.section} onChange={(section) => onChange({ section })} />
        {line('kicker', 'meta-kicker')}
      </div>
      <HeadlineField value={meta.headline} target={settings.headlineTarget} onChange={(headline) => onChange({ headline })} onLeave={onLeave} />
      <label className="meta-field meta-dek">
        <span className="meta-label">{t('field.dek')}</span>
        <textarea
          data-testid="field-dek"
          data-check-target="dek"
          {...typedAs('copy')}
          lang="ar"
          dir="rtl"
          rows={2}
          value={meta.dek}
          maxLength={META_LIMITS.dek}
          placeholder={t('field.dek.placeholder')}
          onChange={(event) => onChange({ dek: singleLine(event.target.value) })}
          onKeyDown={noNewline}
          onBlur={onLeave}
        />
      </label>
      <div className="meta-row">
        <BylinesField bylines={meta.bylines} onChange={(bylines) => onChange({ bylines })} onLeave={onLeave} />
        {line('dateline', 'meta-dateline')}
      </div>
    </section>
  )
}
