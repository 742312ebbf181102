import { useEffect, useState } from 'react'
import type { MidadFailure } from '../../../shared/contract/errors'
import type { SearchResult } from '../../../shared/search/search-views'
import { useBackend } from '../backend/backend-context'

interface Answer {
  /** Which request it answers. */
  asked: string
  failure?: MidadFailure
}

/**
 * The archive's suggestions for an article's related block, asked for when
 * the block is shown and again whenever its chosen articles change (so the
 * list fills up again as suggestions are added). Only the answer to the
 * latest request counts, whatever order answers come back in; the last list
 * found stays on screen while the next is asked for.
 */
export function useRelatedSuggestions(articleId: string, chosen: readonly string[]) {
  const { api } = useBackend()
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [results, setResults] = useState<SearchResult[] | null>(null)
  const [attempt, setAttempt] = useState(0)
  // One string, so that a re-render with the same choice does not ask again.
  const chosenKey = chosen.join(' ')
  const asked = `${articleId} ${chosenKey} ${attempt}`

  useEffect(() => {
    let current = true
    const leaveOut = chosenKey === '' ? [] : chosenKey.split(' ')
    void api.suggestRelatedArticles({ id: articleId, leaveOut }).then((found) => {
      if (!current) return
      const asked = `${articleId} ${chosenKey} ${attempt}`
      if (found.ok) setResults(found.value.results)
      setAnswer(found.ok ? { asked } : { asked, failure: found.error })
    })
    return () => {
      current = false
    }
  }, [api, articleId, chosenKey, attempt])

  const answered = answer?.asked === asked
  return {
    results,
    failure: answered ? (answer.failure ?? null) : null,
    asking: !answered,
    retry: () => setAttempt((n) => n + 1)
  }
}
