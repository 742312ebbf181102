import { forwardRef, memo, useId, useImperativeHandle, useRef } from 'react'
import { countBySeverity, type Finding } from '../../../shared/prepublish/finding'
import { failureMessage } from '../common/failure-message'
import { useT } from '../i18n/locale-context'
import { FindingList } from './FindingList'
import { usePrepublishCheck } from './use-prepublish-check'
import './check-panel.css'

interface Props {
  articleId: string
  /** The saved version the findings describe: a new one runs the check again. */
  savedVersion: number
  /** The newsroom settings the rules read: a change runs the check again. */
  settingsKey: unknown
  onLocate: (finding: Finding) => void
}

export interface CheckPanelHandle {
  /** Runs the check again and brings the panel into view with focus (an export was refused). */
  reveal(): void
}

/**
 * The pre-publish check beside the article: how many errors and warnings,
 * and each finding as a button that takes the journalist to its place.
 * Focusable as a whole, so a refused export can bring it into view.
 *
 * It holds the check's answer itself, so an answer redraws the panel and not
 * the article screen around it (a 10,000-word editor and its fields).
 */
export const CheckPanel = memo(
  forwardRef<CheckPanelHandle, Props>(function CheckPanel({ articleId, savedVersion, settingsKey, onLocate }, ref) {
    const t = useT()
    const titleId = useId()
    const section = useRef<HTMLElement>(null)
    const check = usePrepublishCheck(articleId, savedVersion, settingsKey)
    const { findings, refresh } = check
    useImperativeHandle(
      ref,
      () => ({
        reveal() {
          refresh()
          section.current?.scrollIntoView({ block: 'nearest' })
          section.current?.focus({ preventScroll: true })
        }
      }),
      [refresh]
    )
    const counts = countBySeverity(findings ?? [])
    return (
      <section ref={section} className="check-panel" aria-labelledby={titleId} data-testid="check-panel" tabIndex={-1}>
        <h2 id={titleId} className="check-title">
          {t('check.title')}
        </h2>
        {findings && (
          <p className="check-counts">
            <span className="check-count" data-severity="error" data-count={counts.error} data-testid="check-errors">
              {t('check.errors', { count: counts.error })}
            </span>
            <span className="check-count" data-severity="warning" data-count={counts.warning} data-testid="check-warnings">
              {t('check.warnings', { count: counts.warning })}
            </span>
          </p>
        )}
        {!findings && !check.error && <p className="check-note">{t('check.checking')}</p>}
        {check.error && (
          <p className="check-note check-failed" role="alert">
            {t('check.failed', { message: failureMessage(t, check.error) })}
          </p>
        )}
        {findings && findings.length === 0 && <p className="check-note check-clean">{t('check.clean')}</p>}
        {findings && findings.length > 0 && <FindingList findings={findings} onLocate={onLocate} />}
        <p className="check-note">{t('check.rule')}</p>
      </section>
    )
  })
)
