import { useEffect, useState, type ComponentProps } from 'react'
import { useBackend } from '../backend/backend-context'
import { refused, said, type ShownMessage } from '../common/shown-message'
import { ArticleReplica } from '../replica/article-replica'
import { ARTICLE_DOCUMENT_LAYOUT, layoutOf } from '../../../shared/document/article-document'
import { replicaTransport } from '../replica/replica-transport'
import { ArticleScreen } from './ArticleScreen'

type Props = Omit<ComponentProps<typeof ArticleScreen>, 'replica'> & {
  /** The article's document could not be opened: back to the library, saying why. */
  onFailed: (message: ShownMessage) => void
}

/**
 * Opens the article's document in this window, then shows the screen that
 * edits it. Nothing is drawn until the document is here: an editor shown
 * before it would have nothing true to show.
 */
export function ArticleOpening({ onFailed, ...screen }: Props) {
  const { api } = useBackend()
  const [replica, setReplica] = useState<ArticleReplica | null>(null)
  const articleId = screen.article.id

  useEffect(() => {
    let live = true
    void ArticleReplica.open(replicaTransport(api, articleId)).then((opened) => {
      if (!live) return
      // Written by a newer Midad: this one could misread it, and its edits would write over what it cannot see.
      if (opened.ok && (layoutOf(opened.value.doc) ?? ARTICLE_DOCUMENT_LAYOUT) > ARTICLE_DOCUMENT_LAYOUT) onFailed(said('article.newerLayout'))
      else if (opened.ok) setReplica(opened.value)
      else onFailed(opened.error.code === 'not_found' ? said('library.openArticleGone') : refused(opened.error))
    })
    return () => {
      live = false
    }
    // onFailed is the App's; the document is opened once per article.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, articleId])

  return replica ? <ArticleScreen {...screen} replica={replica} /> : null
}
