import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArticleStatus } from '../../../shared/article/status'
import type { MidadFailure } from '../../../shared/contract/errors'
import type { SearchResult } from '../../../shared/search/search-views'
import { useBackend } from '../backend/backend-context'

export interface ArchiveFilters {
  section?: string
  status?: ArticleStatus
  sort: 'relevance' | 'date'
}

export interface ArchiveAnswer {
  /** The words this answer is for (as typed, trimmed). */
  query: string
  results: SearchResult[]
  total: number
  ignored: string[]
}

/**
 * A pause this long after a key asks the archive: enough to gather a held key
 * or an input method's burst into one request, far shorter than the gap
 * between two keys of anyone's typing, so each word is searched as it grows.
 * An answer overtaken by a later key is dropped.
 */
const QUIET_MS = 20
const PAGE = 20

/**
 * The archive searched as the journalist types: one request after each pause,
 * and only the answer to the latest request is shown, whatever order answers
 * come back in. More results are asked for a page at a time.
 */
export function useArchiveSearch(query: string, filters: ArchiveFilters, exclude?: string) {
  const { api } = useBackend()
  const [answer, setAnswer] = useState<ArchiveAnswer | null>(null)
  const [failure, setFailure] = useState<MidadFailure | null>(null)
  const [searching, setSearching] = useState(false)
  const asked = useRef(0)
  const words = query.trim()

  const ask = useCallback(
    async (offset: number) => {
      const ticket = ++asked.current
      setSearching(true)
      const found = await api.searchArticles({
        query: words,
        sort: filters.sort,
        limit: PAGE,
        offset,
        ...(filters.section ? { section: filters.section } : {}),
        ...(filters.status ? { status: filters.status } : {})
      })
      if (ticket !== asked.current) return
      setSearching(false)
      if (!found.ok) {
        setFailure(found.error)
        if (offset === 0) setAnswer(null)
        return
      }
      setFailure(null)
      const results = found.value.results.filter((result) => result.article.id !== exclude)
      setAnswer((shown) => ({
        query: words,
        results: offset === 0 || !shown ? results : [...shown.results, ...results],
        total: found.value.total,
        ignored: found.value.ignored ?? []
      }))
    },
    [api, words, filters.section, filters.status, filters.sort, exclude]
  )

  useEffect(() => {
    if (words === '') {
      // An answer still on its way for words since erased is not shown.
      asked.current++
      return
    }
    const timer = setTimeout(() => void ask(0), QUIET_MS)
    return () => clearTimeout(timer)
  }, [words, ask])

  const more = useCallback(() => void ask(answer?.results.length ?? 0), [ask, answer])

  // Nothing is shown for an empty box, whatever an earlier search left behind.
  const active = words !== ''
  return { answer: active ? answer : null, failure: active ? failure : null, searching: active && searching, more, active }
}
