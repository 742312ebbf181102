import { useEffect, useState } from 'react'
import type { ArticleSummary } from '../../../shared/article/article'
import { useOpenArticleId } from './open-article-context'
import { useBackend } from '../backend/backend-context'
import { refused, type ShownMessage } from '../common/shown-message'

/**
 * The library's articles, for picking one to link to or to list as related.
 * Read once when the picker appears; a refusal is passed on by its code.
 * The article being edited is left out: it cannot link to or relate itself.
 */
export function useLibraryArticles(): { articles: ArticleSummary[]; error: ShownMessage | null } {
  const { api } = useBackend()
  const openId = useOpenArticleId()
  const [articles, setArticles] = useState<ArticleSummary[]>([])
  const [error, setError] = useState<ShownMessage | null>(null)
  useEffect(() => {
    let live = true
    void api.listArticles({}).then((listed) => {
      if (!live) return
      if (listed.ok) setArticles(listed.value.filter((article) => article.id !== openId))
      else setError(refused(listed.error))
    })
    return () => {
      live = false
    }
  }, [api, openId])
  return { articles, error }
}
