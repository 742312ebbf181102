import { useEffect, useId, useState } from 'react'
import type { MentionView } from '../../../shared/review/review-views'
import { clockTime, gregorianDate } from '../../../shared/text/article-date'
import { useBackend } from '../backend/backend-context'
import { reportProblem } from '../backend/report-problem'
import { useLocale } from '../i18n/locale-context'
import { PersonName } from '../review/PersonName'
import { useKnownPeople } from '../review/use-known-people'
import { useNewsroomSettings } from '../settings/settings-context'
import { useProfile } from '../people/profile-context'

interface Props {
  /** Bumped whenever an article changed: the inbox reads its mentions again. */
  listing: number
  onOpen: (articleId: string) => void
}

/**
 * Comments that name the person at this desk, across the library, newest
 * first. Shown only when there are some; open ones are counted, resolved ones
 * are listed after them.
 */
export function MentionsInbox({ listing, onOpen }: Props) {
  const { locale, t } = useLocale()
  const { api } = useBackend()
  const { settings } = useNewsroomSettings()
  const [mentions, setMentions] = useState<MentionView[]>([])
  const [open, setOpen] = useState(false)
  const listId = useId()
  const people = useKnownPeople(mentions.map((mention) => mention.by).join(' '))
  // Someone else at the desk has other mentions.
  const me = useProfile().profile?.id ?? null

  useEffect(() => {
    let live = true
    void api.listMentions({}).then((listed) => {
      if (!live) return
      if (listed.ok) setMentions(listed.value)
      else reportProblem(api, 'listMentions', listed.error)
    })
    return () => {
      live = false
    }
  }, [api, listing, me])

  if (mentions.length === 0) return null
  const waiting = mentions.filter((mention) => !mention.resolved)
  const shown = [...waiting, ...mentions.filter((mention) => mention.resolved)]
  const style = { locale, digits: settings.digitStyle, months: settings.monthNames }
  const when = (stored: string) => `${gregorianDate(stored, style) ?? ''} ${clockTime(stored, style) ?? ''}`.trim()
  return (
    <section className="mentions-inbox" data-testid="mentions-inbox" aria-label={t('inbox.label')}>
      <button type="button" className="button button-quiet" data-testid="mentions-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {t('inbox.toggle', { count: waiting.length })}
      </button>
      {open && (
        <ul className="mentions-list" id={listId}>
          {shown.map((mention) => (
            <li key={`${mention.thread}-${mention.reply}`} className={mention.resolved ? 'mention is-resolved' : 'mention'}>
              <button type="button" className="mention-open" data-testid="mention" onClick={() => onOpen(mention.articleId)}>
                <span className="mention-head">
                  <PersonName id={mention.by} people={people} /> <time dateTime={mention.at}>{when(mention.at)}</time>
                  {mention.resolved && <span className="thread-badge">{t('review.resolvedBadge')}</span>}
                </span>
                <bdi className="mention-headline">{mention.headline.trim() || t('library.untitled')}</bdi>
                <span className="mention-text" dir="auto">
                  {mention.text}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
