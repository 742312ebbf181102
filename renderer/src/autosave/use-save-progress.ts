import { useCallback, useSyncExternalStore } from 'react'
import type { ArticleAutosave, SaveProgress } from './autosave'

export function useSaveProgress(autosave: ArticleAutosave): SaveProgress {
  const subscribe = useCallback((onChange: () => void) => autosave.subscribe(onChange), [autosave])
  return useSyncExternalStore(subscribe, () => autosave.current)
}
