import { useCallback, useEffect, useRef } from 'react'
import type { ArticleStatus } from '../../../shared/article/status'
import type { MidadFailure } from '../../../shared/contract/errors'
import { useBackend } from '../backend/backend-context'
import type { ArticleReplica } from './article-replica'

export interface FollowingHandlers {
  /** Something written elsewhere is now in the replica (the body's editor shows it by itself). */
  onArrived: () => void
  /** The article's status was changed, here or elsewhere. */
  onStatus: (status: ArticleStatus) => void
  onError: (failure: MidadFailure) => void
}

/**
 * Keeps an open article's replica in step with the back side: each change the
 * back side tells of is caught up at once. A deletion is not acted on here:
 * the next save finds it and the screen offers to keep the text.
 */
export function useReplicaFollowing(articleId: string, replica: ArticleReplica, handlers: FollowingHandlers): { catchUp: () => Promise<void> } {
  const { api, events } = useBackend()
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  const catchUp = useCallback(async () => {
    const arrived = await replica.catchUp()
    if (!arrived.ok) {
      if (arrived.error.code !== 'not_found') latest.current.onError(arrived.error)
    } else if (arrived.value) latest.current.onArrived()
  }, [replica])

  useEffect(
    () =>
      events.subscribe((event) => {
        if (event.name !== 'articleChanged' || event.payload.id !== articleId) return
        const { change } = event.payload
        if (change === 'edited' || change === 'restored') void catchUp()
        else if (change === 'status') {
          void api.getArticle({ id: articleId }).then((found) => {
            if (found.ok) latest.current.onStatus(found.value.status)
          })
        }
      }),
    [events, api, articleId, catchUp]
  )

  return { catchUp }
}
