import type { ReactNode } from 'react'
import { useT } from '../i18n/locale-context'
import type { TextStatistics } from './use-text-statistics'

/** Words, characters and reading time of the body, at the foot of the window, and what else the desk reports there (its hub). */
export function StatisticsBar({ stats, children }: { stats: TextStatistics; children?: ReactNode }) {
  const t = useT()
  return (
    <div className="statistics-bar" role="status" aria-label={t('statistics.label')} data-testid="status-bar">
      <span data-testid="word-count">{t('article.words', { count: stats.words })}</span>
      <span aria-hidden="true">·</span>
      <span data-testid="character-count">{t('statistics.characters', { count: stats.characters })}</span>
      <span aria-hidden="true">·</span>
      <span data-testid="reading-time">{t('statistics.readingTime', { count: stats.minutes })}</span>
      {children && (
        <>
          <span aria-hidden="true">·</span>
          {children}
        </>
      )}
    </div>
  )
}
