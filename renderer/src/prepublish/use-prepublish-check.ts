import { useCallback, useEffect, useRef, useState } from 'react'
import type { Finding } from '../../../shared/prepublish/finding'
import type { MidadFailure } from '../../../shared/contract/errors'
import { useBackend } from '../backend/backend-context'

export interface PrepublishCheck {
  findings: Finding[] | null
  error: MidadFailure | null
  refresh: () => void
}

/** How long the first check may wait for the browser to be idle after the article opens. */
export const FIRST_CHECK_LATEST_MS = 1500

/** Runs `run` once the browser is idle (at the latest after FIRST_CHECK_LATEST_MS); returns how to cancel it. */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: FIRST_CHECK_LATEST_MS })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = setTimeout(run, 0)
  return () => clearTimeout(handle)
}

/**
 * The check of the article as last saved. It runs once the screen has opened
 * and the browser is idle — the journalist can read and type before the check
 * of a long article has answered — and again after each save the back side
 * acknowledges (`savedVersion`) or when the newsroom's settings change —
 * never per keystroke: autosave already gathers typing into one save.
 */
export function usePrepublishCheck(articleId: string, savedVersion: number, settingsKey: unknown): PrepublishCheck {
  const { api } = useBackend()
  const [findings, setFindings] = useState<Finding[] | null>(null)
  const [error, setError] = useState<MidadFailure | null>(null)
  // Only the latest request may change what the panel shows.
  const latest = useRef(0)
  const opened = useRef(false)

  const refresh = useCallback(() => {
    const request = ++latest.current
    void api.checkArticle({ id: articleId }).then((result) => {
      if (request !== latest.current) return
      if (result.ok) {
        setFindings(result.value)
        setError(null)
      } else {
        setError(result.error)
      }
    })
  }, [api, articleId])

  // savedVersion and settingsKey are what the findings depend on: a change to either runs the check again.
  useEffect(() => {
    if (opened.current) {
      refresh()
      return
    }
    opened.current = true
    return whenIdle(refresh)
  }, [refresh, savedVersion, settingsKey])

  return { findings, error, refresh }
}
