import { useCallback, useState } from 'react'
import { isStatusChoice, type StatusChoice } from './status-choice'

const STORAGE_KEY = 'midad.libraryStatus'

/**
 * The library's status filter. It survives opening an article and coming
 * back (the web desk works down the approved list one article at a time),
 * for this window only.
 */
export function useStatusFilter(): [StatusChoice, (choice: StatusChoice) => void] {
  const [choice, setChoice] = useState<StatusChoice>(() => {
    const stored = window.sessionStorage.getItem(STORAGE_KEY)
    return isStatusChoice(stored) ? stored : 'all'
  })
  const choose = useCallback((next: StatusChoice) => {
    window.sessionStorage.setItem(STORAGE_KEY, next)
    setChoice(next)
  }, [])
  return [choice, choose]
}
