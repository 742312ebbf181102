import { useCallback, useSyncExternalStore } from 'react'
import type { ArticleAutosave, AutosaveStatus } from './autosave'

export function useAutosaveStatus(autosave: ArticleAutosave): AutosaveStatus {
  const subscribe = useCallback((onChange: () => void) => autosave.subscribe(onChange), [autosave])
  return useSyncExternalStore(subscribe, () => autosave.current)
}
