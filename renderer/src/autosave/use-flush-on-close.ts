import { useEffect } from 'react'
import type { ArticleAutosave } from './autosave'

/**
 * Closing the window with unsaved work: refuse the unload, save, then close
 * again. In Electron a refused unload simply keeps the window open, so this is
 * how a close waits for the save; a browser tab shows its leave prompt while
 * the save completes. If the save fails the window stays, with the failure shown.
 */
export function useFlushOnClose(autosave: ArticleAutosave): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!autosave.hasUnsavedWork()) return
      event.preventDefault()
      // Older engines only honour returnValue.
      event.returnValue = ''
      void autosave.flush().then((saved) => {
        if (saved) window.close()
      })
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [autosave])
}
