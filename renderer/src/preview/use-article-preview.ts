import { useEffect, useRef, useState } from 'react'
import { useBackend } from '../backend/backend-context'
import { refused, type ShownMessage } from '../common/shown-message'

export interface ArticlePreview {
  /** The page as last rendered, or null before the first answer. */
  html: string | null
  error: ShownMessage | null
}

/**
 * The exported page of the article as last saved, while the pane is open. It
 * is rendered again after each save the back side acknowledges
 * (`savedVersion`) or when the newsroom's settings change — never per
 * keystroke: autosave already gathers typing into one save.
 */
export function useArticlePreview(articleId: string, savedVersion: number, settingsKey: unknown, open: boolean): ArticlePreview {
  const { api } = useBackend()
  const [preview, setPreview] = useState<ArticlePreview>({ html: null, error: null })
  // Only the latest request may change what the pane shows.
  const latest = useRef(0)

  useEffect(() => {
    if (!open) return
    const request = ++latest.current
    void api.previewArticle({ id: articleId }).then((result) => {
      if (request !== latest.current) return
      // A failed render keeps the last good page in sight, with the reason beside it.
      setPreview((shown) => (result.ok ? { html: result.value.html, error: null } : { html: shown.html, error: refused(result.error) }))
    })
  }, [api, articleId, savedVersion, settingsKey, open])

  return preview
}
