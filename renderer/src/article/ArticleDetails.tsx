import type { ReactNode } from 'react'
import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleMeta, LeadImage } from '../../../shared/article/meta'
import type { ShownMessage } from '../common/shown-message'
import { useT } from '../i18n/locale-context'
import type { BodyFigure } from './body-figures'
import { LeadImageField } from './LeadImageField'
import { SeoFields } from './SeoFields'
import { SlugField } from './SlugField'
import { TagsField } from './TagsField'

interface Props {
  meta: ArticleMeta
  onChange: (patch: Partial<ArticleMeta>) => void
  onLeave: () => void
  readBody: () => ArticleBody
  readFigures: () => BodyFigure[]
  onError: (message: ShownMessage | null) => void
  children?: ReactNode
}

/**
 * The metadata readers do not see on the page (tags, slug, search fields,
 * lead image), beside the sheet on a wide window and above it on a narrow
 * one, so the headline and body keep their reading width.
 */
export function ArticleDetails({ meta, onChange, onLeave, readBody, readFigures, onError, children }: Props) {
  const t = useT()
  return (
    <aside className="article-details meta" aria-label={t('article.metaLabel')} data-testid="article-details">
      {children}
      <TagsField tags={meta.tags} onChange={(tags) => onChange({ tags })} onLeave={onLeave} />
      <SlugField meta={meta} onChange={onChange} onLeave={onLeave} />
      <LeadImageField
        value={meta.leadImage}
        readFigures={readFigures}
        onChange={(leadImage: LeadImage | null) => onChange({ leadImage })}
        onLeave={onLeave}
        onError={onError}
      />
      <SeoFields meta={meta} readBody={readBody} onChange={onChange} onLeave={onLeave} />
    </aside>
  )
}
