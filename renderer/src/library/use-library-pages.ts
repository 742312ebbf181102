import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArticleSummary } from '../../../shared/article/article'
import type { LibraryCounts } from '../../../shared/article/library-page'
import type { ArticleStatus } from '../../../shared/article/status'
import type { MidadFailure } from '../../../shared/contract/errors'
import { useBackend } from '../backend/backend-context'

/** Rows asked for at once: a little more than a tall screen holds. */
export const LIBRARY_PAGE_SIZE = 100
/**
 * Pages kept while the journalist scrolls. Those furthest from the rows on
 * screen are let go, so a long scroll through years of archive holds no more
 * than this many pages in memory.
 */
const PAGES_KEPT = 8

export interface LibraryPages {
  /** How many articles there are in all and at each status; null until the first answer. */
  counts: LibraryCounts | null
  /** How many rows the chosen status holds; null until the first answer for it. */
  total: number | null
  /** The article at this row, or undefined while its page is on its way. */
  rowAt(index: number): ArticleSummary | undefined
  /** The rows on screen: their pages are fetched when not at hand. */
  show(first: number, last: number): void
  /** Asks again for the pages at hand, after a change somewhere. */
  reload(): void
  /** Why the last page asked for did not come, until it is dismissed or a page comes. */
  failure: MidadFailure | null
  dismissFailure(): void
}

/**
 * The library a page at a time, at one status or all: only the pages around
 * the rows on screen are asked for and kept.
 */
export function useLibraryPages(status: ArticleStatus | undefined): LibraryPages {
  const { api } = useBackend()
  const pages = useRef(new Map<number, ArticleSummary[]>())
  const asked = useRef(new Set<number>())
  const onScreen = useRef({ first: 0, last: 0 })
  // Answers to an older question (another status, or before a reload) are dropped.
  const generation = useRef(0)
  const [, drawn] = useState(0)
  const [counts, setCounts] = useState<LibraryCounts | null>(null)
  // The total belongs to the status it was answered for: another status has none until its own answer.
  const list = status ?? 'all'
  const [answered, setAnswered] = useState<{ list: string; total: number } | null>(null)
  const total = answered?.list === list ? answered.total : null
  const [failure, setFailure] = useState<MidadFailure | null>(null)

  const letGoOfFarPages = useCallback(() => {
    if (pages.current.size <= PAGES_KEPT) return
    const middle = (onScreen.current.first + onScreen.current.last) / 2 / LIBRARY_PAGE_SIZE
    const furthestFirst = [...pages.current.keys()].sort((a, b) => Math.abs(b - middle) - Math.abs(a - middle))
    for (const page of furthestFirst.slice(0, pages.current.size - PAGES_KEPT)) pages.current.delete(page)
  }, [])

  const fetchPage = useCallback(
    (page: number) => {
      const asking = generation.current
      asked.current.add(page)
      const request = { ...(status ? { status } : {}), offset: page * LIBRARY_PAGE_SIZE, limit: LIBRARY_PAGE_SIZE }
      void api.listArticles(request).then((answer) => {
        if (asking !== generation.current) return
        asked.current.delete(page)
        if (!answer.ok) {
          setFailure(answer.error)
          return
        }
        setFailure(null)
        pages.current.set(page, answer.value.articles)
        letGoOfFarPages()
        setCounts(answer.value.counts)
        setAnswered({ list, total: answer.value.total })
        drawn((n) => n + 1)
      })
    },
    [api, status, list, letGoOfFarPages]
  )

  const show = useCallback(
    (first: number, last: number) => {
      onScreen.current = { first, last }
      for (let page = Math.floor(first / LIBRARY_PAGE_SIZE); page <= Math.floor(last / LIBRARY_PAGE_SIZE); page++) {
        if (!pages.current.has(page) && !asked.current.has(page)) fetchPage(page)
      }
    },
    [fetchPage]
  )

  const reload = useCallback(() => {
    generation.current++
    asked.current.clear()
    // The rows stay on screen until their fresh copies come: nothing flickers.
    const held = [...pages.current.keys()]
    for (const page of held.length > 0 ? held : [0]) fetchPage(page)
  }, [fetchPage])

  // Another status is another list: it starts from its first page.
  useEffect(() => {
    generation.current++
    pages.current.clear()
    asked.current.clear()
    fetchPage(0)
  }, [fetchPage])

  const rowAt = useCallback((index: number) => pages.current.get(Math.floor(index / LIBRARY_PAGE_SIZE))?.[index % LIBRARY_PAGE_SIZE], [])

  const dismissFailure = useCallback(() => setFailure(null), [])
  return { counts, total, rowAt, show, reload, failure, dismissFailure }
}
