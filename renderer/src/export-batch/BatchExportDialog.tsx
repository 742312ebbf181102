import { useEffect, useId, useRef, useState } from 'react'
import type { LibraryCounts } from '../../../shared/article/library-page'
import type { MidadFailure } from '../../../shared/contract/errors'
import { useBackend } from '../backend/backend-context'
import { failureMessage } from '../common/failure-message'
import { useT } from '../i18n/locale-context'
import type { StatusChoice } from '../workflow/status-choice'
import { articlesAtStatus } from './articles-at-status'
import { BatchChoice } from './BatchChoice'
import { BatchSummary } from './BatchSummary'
import { runExportBatch, type BatchProgress, type BatchReport } from './run-export-batch'
import './batch-export.css'
import { UserTextMessage } from '../i18n/user-text'

type Phase =
  | { name: 'choosing'; starting: boolean; error: MidadFailure | null }
  | { name: 'running'; folder: string; progress: BatchProgress; stopping: boolean }
  | { name: 'finished'; report: BatchReport; progress: BatchProgress }

interface Props {
  /** How many articles the library holds at each status, to say what each choice takes. */
  counts: LibraryCounts
  onOpenArticle: (id: string) => void
  onClose: () => void
}

/**
 * Exports a batch of the library's articles into one folder, one after
 * another, with its progress in sight and a way to stop, then says what was
 * exported and what was refused and why.
 */
export function BatchExportDialog({ counts, onOpenArticle, onClose }: Props) {
  const t = useT()
  const { api } = useBackend()
  const titleId = useId()
  const countId = useId()
  const progressId = useId()
  const [choice, setChoice] = useState<StatusChoice>('approved')
  const [phase, setPhase] = useState<Phase>({ name: 'choosing', starting: false, error: null })
  const stopRequested = useRef(false)
  const firstChoice = useRef<HTMLDivElement>(null)
  const stopButton = useRef<HTMLButtonElement>(null)
  const closeButton = useRef<HTMLButtonElement>(null)

  // The focus follows the dialog: the choice, then Cancel while it runs, then Close.
  const focusStep = phase.name === 'choosing' && phase.starting ? 'starting' : phase.name
  useEffect(() => {
    if (focusStep === 'choosing') firstChoice.current?.querySelector<HTMLInputElement>('input:checked')?.focus()
    if (focusStep === 'running') stopButton.current?.focus()
    if (focusStep === 'finished') closeButton.current?.focus()
  }, [focusStep])

  // Closing the app's window or leaving the library stops the batch after the article in hand.
  useEffect(
    () => () => {
      stopRequested.current = true
    },
    []
  )

  const start = async () => {
    stopRequested.current = false
    setPhase({ name: 'choosing', starting: true, error: null })
    const chosen = await articlesAtStatus(api, choice)
    if (!chosen.ok) {
      setPhase({ name: 'choosing', starting: false, error: chosen.error })
      return
    }
    const total = chosen.value.length
    const run = await runExportBatch(
      api,
      chosen.value,
      {
        onBegun: (folder) => setPhase({ name: 'running', folder, progress: { done: 0, total, current: null }, stopping: false }),
        onProgress: (progress) => setPhase((shown) => (shown.name === 'running' ? { ...shown, progress } : shown)),
        stopRequested: () => stopRequested.current
      }
    )
    if (run.ok) {
      const done = run.report.exported.length + run.report.refused.length
      setPhase({ name: 'finished', report: run.report, progress: { done, total, current: null } })
    } else {
      // Closing the folder picker is a change of mind, not an error.
      setPhase({ name: 'choosing', starting: false, error: run.failure.code === 'cancelled' ? null : run.failure })
    }
  }

  const stop = () => {
    stopRequested.current = true
    setPhase((shown) => (shown.name === 'running' ? { ...shown, stopping: true } : shown))
  }

  const closeUnlessRunning = () => {
    if (phase.name !== 'running' && !(phase.name === 'choosing' && phase.starting)) onClose()
  }

  const progress = phase.name === 'choosing' ? null : phase.progress
  return (
    <div className="modal-backdrop" onClick={closeUnlessRunning}>
      <div
        className="modal batch-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="batch-dialog"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') closeUnlessRunning()
        }}
      >
        <h2 id={titleId}>{t('batch.title')}</h2>

        {phase.name === 'choosing' && (
          <>
            <div ref={firstChoice}>
              <BatchChoice counts={counts} choice={choice} onChoose={setChoice} countId={countId} />
            </div>
            <p className="batch-note">{t('batch.note')}</p>
            {phase.error && (
              <p className="batch-error" role="alert" data-testid="batch-error">
                {failureMessage(t, phase.error)}
              </p>
            )}
          </>
        )}

        {progress && (
          <div className="batch-progress">
            <progress
              id={progressId}
              data-testid="batch-progress"
              value={progress.done}
              max={Math.max(progress.total, 1)}
              aria-label={t('batch.progressLabel')}
              aria-valuetext={t('batch.progress', { done: progress.done, total: progress.total })}
            />
            <p className="batch-progress-text" data-testid="batch-progress-text">
              {t('batch.progress', { done: progress.done, total: progress.total })}
            </p>
            {phase.name === 'running' && (
              <>
                <p className="batch-current" data-testid="batch-current" aria-live="polite">
                  {progress.current ? (
                    <UserTextMessage t={t} id="batch.current" param="headline" value={progress.current.headline.trim() || t('library.untitled')} />
                  ) : (
                    ''
                  )}
                </p>
                <p className="batch-folder">
                  {t('batch.folder')}{' '}
                  <code dir="ltr">{phase.folder}</code>
                </p>
                {phase.stopping && <p className="batch-stopping">{t('batch.stopping')}</p>}
              </>
            )}
          </div>
        )}

        {phase.name === 'finished' && <BatchSummary report={phase.report} onOpenArticle={onOpenArticle} />}

        <div className="modal-actions">
          {phase.name === 'choosing' && (
            <>
              <button
                type="button"
                className="button button-primary"
                data-testid="batch-start"
                disabled={counts[choice] === 0 || phase.starting}
                aria-describedby={countId}
                onClick={() => void start()}
              >
                {phase.starting ? t('batch.starting') : t('batch.start')}
              </button>
              <button type="button" className="button" data-testid="batch-close" disabled={phase.starting} onClick={onClose}>
                {t('batch.close')}
              </button>
            </>
          )}
          {phase.name === 'running' && (
            <button
              ref={stopButton}
              type="button"
              className="button"
              data-testid="batch-stop"
              disabled={phase.stopping}
              onClick={stop}
            >
              {t('batch.stop')}
            </button>
          )}
          {phase.name === 'finished' && (
            <button ref={closeButton} type="button" className="button" data-testid="batch-close" onClick={onClose}>
              {t('batch.close')}
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
