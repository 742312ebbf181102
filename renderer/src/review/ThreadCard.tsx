import { useState } from 'react'
import type { Person } from '../../../shared/people/person'
import type { ThreadRefusal } from '../../../shared/review/review-threads'
import { useT } from '../i18n/locale-context'
import type { ArticleReview } from './article-review'
import { CommentBox } from './CommentBox'
import { PersonName } from './PersonName'
import type { ShownThread } from './review-snapshot'

interface Props {
  thread: ShownThread
  review: ArticleReview
  me: string | null
  people: ReadonlyMap<string, Person>
  when: (stored: string) => string
  onRefused: (refusal: ThreadRefusal) => void
}

/** One thread: the words it is about (or that they are gone), its comments, a reply box, and what its people may do with it. */
export function ThreadCard({ thread, review, me, people, when, onRefused }: Props) {
  const t = useT()
  const [editing, setEditing] = useState<string | null>(null)
  const [replying, setReplying] = useState(false)
  // A deleted thread cannot be brought back: the button asks once more.
  const [confirming, setConfirming] = useState(false)
  const everyone = [...people.values()]
  const refusedOr = (refusal: ThreadRefusal | null) => {
    if (refusal) onRefused(refusal)
  }
  const locate = () => {
    const range = review.threadRange(thread.id)
    if (range) review.locate(range.from, range.to)
  }
  return (
    <li className={`thread-card${thread.resolved ? ' is-resolved' : ''}${thread.anchored ? '' : ' is-detached'}`} data-testid="thread" data-thread={thread.id}>
      <button
        type="button"
        className="thread-words"
        data-testid="thread-locate"
        disabled={!thread.anchored}
        title={thread.anchored ? t('review.locate') : t('review.detachedHint')}
        onClick={locate}
      >
        {!thread.anchored && <span className="thread-badge">{t('review.detached')}</span>}
        {thread.resolved && <span className="thread-badge">{t('review.resolvedBadge')}</span>}
        <bdi className="thread-quote">«{thread.words}»</bdi>
      </button>
      <ol className="thread-replies">
        {thread.replies.map((reply) => (
          <li key={reply.id} className="thread-reply" data-testid="thread-reply">
            <div className="reply-head">
              <PersonName id={reply.by} people={people} />
              <time dateTime={reply.at}>{when(reply.at)}</time>
              {reply.editedAt && <span className="reply-edited">{t('review.edited')}</span>}
            </div>
            {editing === reply.id ? (
              <CommentBox
                label={t('review.editLabel')}
                submitLabel={t('review.save')}
                people={everyone}
                initial={reply.text}
                autoFocus
                testId="comment-edit"
                onSubmit={(comment) => {
                  refusedOr(review.editComment(reply.id, comment))
                  setEditing(null)
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <p className="reply-text" dir="auto" data-testid="reply-text">
                {reply.text}
              </p>
            )}
            {reply.by === me && editing !== reply.id && (
              <button type="button" className="button button-quiet button-small" data-testid="comment-edit-open" onClick={() => setEditing(reply.id)}>
                {t('review.edit')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {replying ? (
        <CommentBox
          label={t('review.replyLabel')}
          submitLabel={t('review.reply')}
          people={everyone}
          autoFocus
          testId="reply-text-box"
          onSubmit={(comment) => {
            review.reply(thread.id, comment)
            setReplying(false)
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <div className="thread-actions">
          <button type="button" className="button button-quiet button-small" data-testid="thread-reply-open" onClick={() => setReplying(true)}>
            {t('review.reply')}
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            data-testid={thread.resolved ? 'thread-reopen' : 'thread-resolve'}
            onClick={() => refusedOr(review.setResolved(thread.id, !thread.resolved))}
          >
            {thread.resolved ? t('review.reopen') : t('review.resolve')}
          </button>
          {thread.by === me && !confirming && (
            <button type="button" className="button button-quiet button-small button-danger" data-testid="thread-delete" onClick={() => setConfirming(true)}>
              {t('review.delete')}
            </button>
          )}
          {thread.by === me && confirming && (
            <span className="thread-confirm" role="group" aria-label={t('review.deleteQuestion')}>
              <span>{t('review.deleteQuestion')}</span>
              <button type="button" className="button button-small button-danger" data-testid="thread-delete-confirm" autoFocus onClick={() => refusedOr(review.deleteThread(thread.id))}>
                {t('review.deleteConfirm')}
              </button>
              <button type="button" className="button button-quiet button-small" data-testid="thread-delete-cancel" onClick={() => setConfirming(false)}>
                {t('review.cancel')}
              </button>
            </span>
          )}
        </div>
      )}
    </li>
  )
}
