import { useNewsroomSettings } from '../settings/settings-context'
import { useT } from '../i18n/locale-context'
import type { ArchiveFilters } from './use-archive-search'

interface Props {
  filters: ArchiveFilters
  onChange: (filters: ArchiveFilters) => void
}

/** The search's own narrowing beside the status chips: a section, and relevance or newest first. */
export function SearchFilters({ filters, onChange }: Props) {
  const t = useT()
  const { sections } = useNewsroomSettings()
  return (
    <div className="search-filters" data-testid="search-filters">
      <label>
        <span>{t('search.section')} </span>
        <select
          data-testid="search-section"
          value={filters.section ?? ''}
          onChange={(event) => onChange({ ...filters, section: event.target.value || undefined })}
        >
          <option value="">{t('search.anySection')}</option>
          {sections.map((section) => (
            <option key={section} value={section}>
              {section}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('search.sort')} </span>
        <select data-testid="search-sort" value={filters.sort} onChange={(event) => onChange({ ...filters, sort: event.target.value === 'date' ? 'date' : 'relevance' })}>
          <option value="relevance">{t('search.sort.relevance')}</option>
          <option value="date">{t('search.sort.date')}</option>
        </select>
      </label>
    </div>
  )
}
