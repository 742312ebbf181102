import { useState } from 'react'
import type { Article } from '../../shared/article/article'
import { ArticleScreen } from './article/ArticleScreen'
import { LibraryScreen } from './library/LibraryScreen'

type View = { screen: 'library' } | { screen: 'article'; article: Article }

export function App() {
  const [view, setView] = useState<View>({ screen: 'library' })
  if (view.screen === 'article') {
    return (
      <ArticleScreen
        key={view.article.id}
        article={view.article}
        onBack={() => setView({ screen: 'library' })}
        onOpen={(article) => setView({ screen: 'article', article })}
      />
    )
  }
  return <LibraryScreen onOpen={(article) => setView({ screen: 'article', article })} />
}
