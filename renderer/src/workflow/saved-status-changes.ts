import type { StatusChange } from '../../../shared/article/status'

/**
 * Hands on the status changes saves report (an approved text edited goes back
 * to review). Autosave is made before the screen's status control exists, so
 * it tells this, and the screen listens once it can act.
 */
export class SavedStatusChanges {
  private listener: ((change: StatusChange) => void) | null = null

  report(change: StatusChange | undefined): void {
    if (change) this.listener?.(change)
  }

  listen(listener: (change: StatusChange) => void): () => void {
    this.listener = listener
    return () => {
      if (this.listener === listener) this.listener = null
    }
  }
}
