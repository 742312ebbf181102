import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import type { ArticleSummary } from '../../../shared/article/article'
import { useT } from '../i18n/locale-context'
import type { LibraryPages } from './use-library-pages'

/** A row's height before it is drawn and measured: a headline and one line of details. */
const ESTIMATED_ROW_PX = 76

interface Props {
  pages: LibraryPages
  busy: boolean
  row: (article: ArticleSummary, place: RowPlace) => ReactNode
}

/** Where a drawn row sits: the list measures it, places it and tells a screen reader its place in the whole. */
export interface RowPlace {
  index: number
  measure: (element: HTMLElement | null) => void
  style: React.CSSProperties
  setSize: number
}

/**
 * The library's rows, however many the archive holds: only the rows in the
 * window (and a few either side) are drawn, placed where they would be in
 * the whole list, and the page scrolls as if every row were there.
 */
export function LibraryList({ pages, busy, row }: Props) {
  const t = useT()
  const list = useRef<HTMLUListElement>(null)
  const [listTop, setListTop] = useState(0)
  const count = pages.total ?? 0

  // The rows are placed from the list's own top: what is above it (heading, search, filters) can change height.
  useLayoutEffect(() => {
    const element = list.current
    if (!element) return
    const measure = () => setListTop(element.getBoundingClientRect().top + window.scrollY)
    measure()
    const watcher = new ResizeObserver(measure)
    watcher.observe(document.body)
    return () => watcher.disconnect()
  }, [])

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    scrollMargin: listTop,
    // The window's size is known at once: the first rows are drawn in the first render, not one frame later.
    initialRect: { width: window.innerWidth, height: window.innerHeight }
  })
  const drawn = virtualizer.getVirtualItems()
  const first = drawn[0]?.index ?? 0
  const last = drawn.at(-1)?.index ?? 0
  const { show } = pages
  useEffect(() => {
    if (count > 0) show(first, last)
  }, [show, first, last, count])

  return (
    <ul ref={list} className="article-list is-windowed" data-testid="article-list" aria-busy={busy} style={{ blockSize: virtualizer.getTotalSize() }}>
      {drawn.map((item) => {
        const place: RowPlace = {
          index: item.index,
          measure: virtualizer.measureElement,
          style: { transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` },
          setSize: count
        }
        const article = pages.rowAt(item.index)
        return article ? (
          row(article, place)
        ) : (
          <li
            key={`waiting-${item.index}`}
            ref={place.measure}
            data-index={item.index}
            className="article-item is-waiting"
            style={place.style}
            aria-setsize={count}
            aria-posinset={item.index + 1}
            aria-busy="true"
          >
            <span className="article-item-headline">{t('library.loading')}</span>
          </li>
        )
      })}
    </ul>
  )
}
