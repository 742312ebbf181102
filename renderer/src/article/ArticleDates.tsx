import { articleDate } from '../../../shared/text/article-date'
import { useLocale } from '../i18n/locale-context'
import { useNewsroomSettings } from '../settings/settings-context'

/** When the article was created and last saved, with the Hijri twin if the newsroom wants it. */
export function ArticleDates({ createdAt, updatedAt }: { createdAt: string; updatedAt: string }) {
  const { locale, t } = useLocale()
  const { settings } = useNewsroomSettings()
  const style = { locale, digits: settings.digitStyle, hijriTwin: settings.hijriTwin, months: settings.monthNames }
  const created = articleDate(createdAt, style)
  const updated = articleDate(updatedAt, style)
  return (
    <p className="article-dates" data-testid="article-dates">
      {created && <span data-testid="article-created">{t('dates.created', { date: created })}</span>}
      {updated && <span data-testid="article-updated">{t('dates.updated', { date: updated })}</span>}
    </p>
  )
}
