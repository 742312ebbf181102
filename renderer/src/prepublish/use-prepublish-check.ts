import { useCallback, useEffect, useRef, useState } from 'react'
import type { Finding } from '../../../shared/prepublish/finding'
import { useBackend } from '../backend/backend-context'

export interface PrepublishCheck {
  findings: Finding[] | null
  error: string | null
  refresh: () => void
}

/**
 * The check of the article as last saved. It runs when the screen opens and
 * again after each save the back side acknowledges (`savedVersion`) or when
 * the newsroom's settings change — never per keystroke: autosave already
 * gathers typing into one save.
 */
export function usePrepublishCheck(articleId: string, savedVersion: number, settingsKey: unknown): PrepublishCheck {
  const { api } = useBackend()
  const [findings, setFindings] = useState<Finding[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Only the latest request may change what the panel shows.
  const latest = useRef(0)

  const refresh = useCallback(() => {
    const request = ++latest.current
    void api.checkArticle({ id: articleId }).then((result) => {
      if (request !== latest.current) return
      if (result.ok) {
        setFindings(result.value)
        setError(null)
      } else {
        setError(result.error.message)
      }
    })
  }, [api, articleId])

  // savedVersion and settingsKey are what the findings depend on: a change to either runs the check again.
  useEffect(() => refresh(), [refresh, savedVersion, settingsKey])

  return { findings, error, refresh }
}
