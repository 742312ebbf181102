import type { SaveProgress } from '../autosave/autosave'
import { failureMessage } from '../common/failure-message'
import { useT } from '../i18n/locale-context'

// The agreed indicator states; a missing article is a failure to
// save, whose remedy (keep as a new article) its banner offers.
const shown = { saved: 'saved', dirty: 'dirty', saving: 'saving', failed: 'failed', missing: 'failed' } as const
const label = { saved: 'save.saved', dirty: 'save.dirty', saving: 'save.saving', failed: 'save.failed', missing: 'save.failed' } as const

export function SaveIndicator({ progress, onRetry }: { progress: SaveProgress; onRetry: () => void }) {
  const t = useT()
  return (
    <div className="save-indicator-group">
      <span
        className="save-indicator"
        data-testid="save-status"
        data-state={shown[progress.state]}
        role="status"
        title={progress.error ? failureMessage(t, progress.error) : undefined}
      >
        <span className="save-dot" aria-hidden="true" />
        {t(label[progress.state])}
      </span>
      {progress.state === 'failed' && (
        <button type="button" className="button button-small" data-testid="save-retry" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </div>
  )
}
