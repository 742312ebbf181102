import { lazy, Suspense, useEffect, useState } from 'react'
import type { Article } from '../../shared/article/article'
import { useBackend } from './backend/backend-context'
import { refused, said, type ShownMessage } from './common/shown-message'
import { LibraryScreen } from './library/LibraryScreen'
import { readScreenAddress, writeScreenAddress } from './routing/screen-address'

// The editor (Tiptap, ProseMirror, Yjs and the article's panels) is most of the
// app's code; the library does not need it, so it is fetched when the first
// article opens, and the library comes up without parsing it.
const ArticleOpening = lazy(async () => ({ default: (await import('./article/ArticleOpening')).ArticleOpening }))

type View =
  | { screen: 'library'; message?: ShownMessage }
  | { screen: 'opening'; id: string; fresh: boolean }
  | { screen: 'article'; article: Article; fresh: boolean }

function firstView(): View {
  const address = readScreenAddress(window.location.hash, window.history.state)
  return address.screen === 'article' ? { screen: 'opening', id: address.id, fresh: address.fresh } : { screen: 'library' }
}

export function App() {
  const { api, events } = useBackend()
  const [view, setView] = useState<View>(firstView)

  // A bundle opened with Midad while an article is open: the library shows it (the article's edits are kept as on Back).
  useEffect(() => events.subscribe((event) => event.name === 'bundlesWaiting' && setView((shown) => (shown.screen === 'library' ? shown : { screen: 'library' }))), [events])

  // After a reload: the article that was open, read again; one deleted meanwhile leaves the library saying so.
  const openingId = view.screen === 'opening' ? view.id : null
  const openingFresh = view.screen === 'opening' && view.fresh
  useEffect(() => {
    if (!openingId) return
    let live = true
    void api.getArticle({ id: openingId }).then((found) => {
      if (!live) return
      if (found.ok) setView({ screen: 'article', article: found.value, fresh: openingFresh })
      else setView({ screen: 'library', message: found.error.code === 'not_found' ? said('library.openArticleGone') : refused(found.error) })
    })
    return () => {
      live = false
    }
  }, [api, openingId, openingFresh])

  const shownId = view.screen === 'article' ? view.article.id : view.screen === 'opening' ? view.id : null
  const shownFresh = view.screen !== 'library' && view.fresh
  useEffect(() => {
    writeScreenAddress(window.history, window.location, shownId ? { screen: 'article', id: shownId, fresh: shownFresh } : { screen: 'library' })
  }, [shownId, shownFresh])

  if (view.screen === 'opening') return null
  if (view.screen === 'article') {
    return (
      <Suspense fallback={null}>
      <ArticleOpening
        key={view.article.id}
        article={view.article}
        fresh={view.fresh}
        onBack={() => setView({ screen: 'library' })}
        onOpen={(article) => setView({ screen: 'article', article, fresh: false })}
        onFailed={(message) => setView({ screen: 'library', message })}
      />
      </Suspense>
    )
  }
  return (
    <LibraryScreen
      message={view.message}
      onOpen={(article, opening) => setView({ screen: 'article', article, fresh: opening?.fresh ?? false })}
    />
  )
}
