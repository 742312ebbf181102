import { useEffect } from 'react'

/**
 * For a dialog: the keyboard goes back to whatever had it when the dialog
 * opened (its opener) once the dialog closes, so a keyboard user carries on
 * where they were instead of at the top of the page. Call it before the
 * dialog moves the focus into itself.
 */
export function useReturnFocus(): void {
  useEffect(() => {
    const opener = document.activeElement
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])
}
