import type { ArticleMeta } from '../../../shared/article/meta'
import { META_LIMITS } from '../../../shared/article/meta'
import { cleanSlug, slugFromHeadline, type SlugScript } from '../../../shared/text/slug'
import { useT } from '../i18n/locale-context'
import { typedAs } from '../editor/field-typography'

type SlugMeta = Pick<ArticleMeta, 'headline' | 'slug' | 'slugIsCustom' | 'slugScript'>

interface Props {
  meta: SlugMeta
  onChange: (patch: Partial<SlugMeta>) => void
  onLeave: () => void
}

/**
 * The slug follows the headline (ArticleScreen regenerates it on every
 * headline change) until the journalist types into it; "from headline" hands
 * it back to the headline. Core applies the same rule on save.
 */
export function SlugField({ meta, onChange, onLeave }: Props) {
  const t = useT()
  const regenerate = (script: SlugScript = meta.slugScript) =>
    onChange({ slugScript: script, slugIsCustom: false, slug: slugFromHeadline(meta.headline, script) })

  const settle = () => {
    if (meta.slugIsCustom) {
      const cleaned = cleanSlug(meta.slug)
      if (!cleaned) regenerate()
      else if (cleaned !== meta.slug) onChange({ slug: cleaned })
    }
    onLeave()
  }

  return (
    <div className="meta-field meta-slug">
      <span className="meta-label-row">
        <label className="meta-label" htmlFor="field-slug">
          {t('field.slug')}
        </label>
        {meta.slugIsCustom && (
          <span className="slug-custom" data-testid="slug-custom">
            {t('field.slug.custom')}
          </span>
        )}
      </span>
      <div className="slug-row">
        <input
          id="field-slug"
          data-testid="field-slug"
          data-check-target="slug"
          {...typedAs('slug')}
          dir={meta.slugScript === 'latin' ? 'ltr' : 'rtl'}
          value={meta.slug}
          maxLength={META_LIMITS.slug}
          spellCheck={false}
          onChange={(event) => onChange({ slug: event.target.value, slugIsCustom: true })}
          onBlur={settle}
        />
        <select
          data-testid="slug-script"
          aria-label={t('field.slug.script')}
          value={meta.slugScript}
          onChange={(event) => {
            const script = event.target.value as SlugScript
            if (meta.slugIsCustom) onChange({ slugScript: script })
            else regenerate(script)
          }}
        >
          <option value="arabic">{t('field.slug.arabic')}</option>
          <option value="latin">{t('field.slug.latin')}</option>
        </select>
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="slug-regenerate"
          title={t('field.slug.regenerateHint')}
          disabled={!meta.slugIsCustom}
          onClick={() => regenerate()}
        >
          {t('field.slug.regenerate')}
        </button>
      </div>
    </div>
  )
}
