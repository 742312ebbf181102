import type { ArticleBody } from '../../../shared/article/body'
import { META_LIMITS, type ArticleMeta } from '../../../shared/article/meta'
import { seoDescriptionOf, seoTitleOf } from '../../../shared/article/seo-defaults'
import { useT } from '../i18n/locale-context'
import { typedAs } from '../editor/field-typography'
import { singleLine, noNewline } from './single-line'

type SeoMeta = Pick<ArticleMeta, 'headline' | 'dek' | 'seoTitle' | 'seoDescription'>

interface Props {
  meta: SeoMeta
  /** The body as it is now, read when the fields are drawn, for the lede default. */
  readBody: () => ArticleBody
  onChange: (patch: Partial<SeoMeta>) => void
  onLeave: () => void
}

/** Empty SEO fields publish their defaults, which the placeholders show. */
export function SeoFields({ meta, readBody, onChange, onLeave }: Props) {
  const t = useT()
  return (
    <details className="meta-seo">
      <summary>{t('field.seo')}</summary>
      <label className="meta-field">
        <span className="meta-label">{t('field.seoTitle')}</span>
        <input
          data-testid="field-seo-title"
          {...typedAs('copy')}
          lang="ar"
          dir="rtl"
          value={meta.seoTitle}
          maxLength={META_LIMITS.seoTitle}
          placeholder={seoTitleOf({ ...meta, seoTitle: '' })}
          onChange={(event) => onChange({ seoTitle: event.target.value })}
          onBlur={onLeave}
        />
      </label>
      <label className="meta-field">
        <span className="meta-label">{t('field.seoDescription')}</span>
        <textarea
          data-testid="field-seo-description"
          {...typedAs('copy')}
          lang="ar"
          dir="rtl"
          rows={2}
          value={meta.seoDescription}
          maxLength={META_LIMITS.seoDescription}
          placeholder={seoDescriptionOf({ ...meta, seoDescription: '' }, readBody())}
          onChange={(event) => onChange({ seoDescription: singleLine(event.target.value) })}
          onKeyDown={noNewline}
          onBlur={onLeave}
        />
      </label>
    </details>
  )
}
