import { useCallback, useRef, useState } from 'react'
import type { ArticleStatus } from '../../../shared/article/status'
import { useBackend } from '../backend/backend-context'
import { refused, type ShownMessage } from '../common/shown-message'

export interface ArticleStatusControl {
  /** What the select shows: the journalist's latest choice while it is being stored. */
  status: ArticleStatus
  saving: boolean
  change(next: ArticleStatus): void
  /** The stored status, read again with the article (after a reload). */
  adopt(stored: ArticleStatus): void
}

/**
 * The workflow status of the open article, stored the moment it is chosen.
 * It does not go through autosave: a status is not an edit of the text, has no
 * revision, and must not wait for (or block) the next save of the body.
 * Changes are sent one after another, so the last choice is the one stored;
 * a refused change puts back the last status the back side confirmed.
 */
export function useArticleStatus(articleId: string, initial: ArticleStatus, onError: (message: ShownMessage) => void): ArticleStatusControl {
  const { api } = useBackend()
  const [status, setStatus] = useState(initial)
  const [saving, setSaving] = useState(false)
  const confirmed = useRef(initial)
  const queue = useRef<Promise<void>>(Promise.resolve())
  const pending = useRef(0)

  const change = useCallback(
    (next: ArticleStatus) => {
      setStatus(next)
      setSaving(true)
      pending.current++
      queue.current = queue.current.then(async () => {
        const stored = await api.setArticleStatus({ id: articleId, status: next })
        pending.current--
        if (stored.ok) confirmed.current = stored.value.status
        else onError(refused(stored.error))
        if (pending.current === 0) {
          setStatus(confirmed.current)
          setSaving(false)
        }
      })
    },
    [api, articleId, onError]
  )

  const adopt = useCallback((stored: ArticleStatus) => {
    confirmed.current = stored
    if (pending.current === 0) setStatus(stored)
  }, [])

  return { status, saving, change, adopt }
}
