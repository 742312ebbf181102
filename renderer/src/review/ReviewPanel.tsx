import { useState } from 'react'
import type { ThreadRefusal } from '../../../shared/review/review-threads'
import { clockTime, gregorianDate } from '../../../shared/text/article-date'
import { ErrorMessage } from '../common/ErrorMessage'
import { said, type ShownMessage } from '../common/shown-message'
import { useLocale, useT } from '../i18n/locale-context'
import { useNewsroomSettings } from '../settings/settings-context'
import type { ArticleReview } from './article-review'
import { CommentBox } from './CommentBox'
import { SuggestionList } from './SuggestionList'
import { SuggesterColours } from './SuggesterColours'
import { ThreadCard } from './ThreadCard'
import { useKnownPeople } from './use-known-people'
import { useReview, useWritingComment } from './use-review'
import './review-panel.css'

interface Props {
  review: ArticleReview
  /** Who is at the desk. */
  me: string | null
}

type Shown = 'open' | 'resolved' | 'all'
const EVERYONE = ''

/**
 * The article's review beside the text: the comment being written, the
 * threads (open or resolved, by person, or those that mention me) and the
 * suggestions waiting for a decision. Each item takes the journalist to its
 * words; Tab moves from one to the next, as in the check panel.
 */
export function ReviewPanel({ review, me }: Props) {
  const t = useT()
  const { locale } = useLocale()
  const { settings } = useNewsroomSettings()
  const snapshot = useReview(review)
  const writing = useWritingComment(review)
  const [shown, setShown] = useState<Shown>('open')
  const [by, setBy] = useState(EVERYONE)
  const [mentioningMe, setMentioningMe] = useState(false)
  const [message, setMessage] = useState<ShownMessage | null>(null)
  const everyoneSeen = [...new Set(snapshot.threads.flatMap((thread) => [thread.by, ...thread.replies.map((reply) => reply.by)]).concat(snapshot.suggestions.flatMap((s) => (s.by ? [s.by] : []))))]
  const people = useKnownPeople(everyoneSeen.join(' '))
  const style = { locale, digits: settings.digitStyle, months: settings.monthNames }
  const when = (stored: string) => `${gregorianDate(stored, style) ?? ''} ${clockTime(stored, style) ?? ''}`.trim()

  const open = snapshot.threads.filter((thread) => !thread.resolved)
  const threads = snapshot.threads.filter(
    (thread) =>
      (shown === 'all' || (shown === 'open') !== thread.resolved) &&
      (by === EVERYONE || thread.replies.some((reply) => reply.by === by)) &&
      (!mentioningMe || (me !== null && thread.replies.some((reply) => reply.mentions.includes(me))))
  )
  const refused = (refusal: ThreadRefusal) => setMessage(said(`review.refused.${refusal}`))

  return (
    <section className="review-panel" aria-labelledby="review-heading" data-testid="review-panel">
      <h2 id="review-heading" className="details-heading">
        {t('review.heading')}
      </h2>
      <p className="review-counts" data-testid="review-counts" aria-busy={!snapshot.loaded}>
        {snapshot.loaded ? `${t('review.openThreads', { count: open.length })} · ${t('review.pendingSuggestions', { count: snapshot.suggestions.length })}` : t('review.loading')}
      </p>
      {message && <ErrorMessage message={message} onDismiss={() => setMessage(null)} />}
      {writing && (
        <CommentBox
          label={t('review.newLabel')}
          submitLabel={t('review.post')}
          people={[...people.values()]}
          autoFocus
          testId="comment-new"
          onSubmit={(comment) => {
            if (review.postComment(comment) === null) setMessage(said('review.wordsGone'))
          }}
          onCancel={() => review.cancelComment()}
        />
      )}

      <h3 className="review-subheading">{t('review.threads')}</h3>
      <div className="review-filters">
        <label className="review-filter">
          <span>{t('review.show')}</span>
          <select data-testid="threads-shown" value={shown} onChange={(event) => setShown(event.target.value as Shown)}>
            <option value="open">{t('review.show.open')}</option>
            <option value="resolved">{t('review.show.resolved')}</option>
            <option value="all">{t('review.show.all')}</option>
          </select>
        </label>
        <label className="review-filter">
          <span>{t('review.by')}</span>
          <select data-testid="threads-by" value={by} onChange={(event) => setBy(event.target.value)}>
            <option value={EVERYONE}>{t('review.everyone')}</option>
            {everyoneSeen.map((id) => (
              <option key={id} value={id}>
                {people.get(id)?.name ?? t('review.someone')}
              </option>
            ))}
          </select>
        </label>
        <label className="review-filter review-check">
          <input type="checkbox" data-testid="threads-mentioning-me" checked={mentioningMe} onChange={(event) => setMentioningMe(event.target.checked)} />
          <span>{t('review.mentioningMe')}</span>
        </label>
      </div>
      {!snapshot.loaded ? null : threads.length === 0 ? (
        <p className="review-empty">{snapshot.threads.length === 0 ? t('review.noThreads') : t('review.noneShown')}</p>
      ) : (
        <ul className="thread-list">
          {threads.map((thread) => (
            <ThreadCard key={thread.id} thread={thread} review={review} me={me} people={people} when={when} onRefused={refused} />
          ))}
        </ul>
      )}

      <SuggesterColours suggestions={snapshot.suggestions} people={people} />
      <h3 className="review-subheading">{t('review.suggestions')}</h3>
      {snapshot.loaded && <SuggestionList suggestions={snapshot.suggestions} review={review} people={people} />}
    </section>
  )
}
