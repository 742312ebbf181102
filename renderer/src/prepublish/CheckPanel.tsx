import { forwardRef, useId } from 'react'
import { countBySeverity, type Finding } from '../../../shared/prepublish/finding'
import { findingPlace } from '../../../shared/prepublish/finding-place'
import { useT } from '../i18n/locale-context'
import type { PrepublishCheck } from './use-prepublish-check'
import './check-panel.css'

interface Props {
  check: PrepublishCheck
  onLocate: (finding: Finding) => void
}

/**
 * The pre-publish check beside the article: how many errors and warnings,
 * and each finding as a button that takes the journalist to its place.
 * Focusable as a whole, so a refused export can bring it into view.
 */
export const CheckPanel = forwardRef<HTMLElement, Props>(function CheckPanel({ check, onLocate }, ref) {
  const t = useT()
  const titleId = useId()
  const { findings } = check
  const counts = countBySeverity(findings ?? [])
  return (
    <section ref={ref} className="check-panel" aria-labelledby={titleId} data-testid="check-panel" tabIndex={-1}>
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
          {t('check.failed', { message: check.error })}
        </p>
      )}
      {findings && findings.length === 0 && <p className="check-note check-clean">{t('check.clean')}</p>}
      {findings && findings.length > 0 && (
        <ul className="check-findings">
          {findings.map((finding, index) => {
            const place = findingPlace(finding.location)
            const where = t(place.key, place.params)
            const excerpt = finding.location.kind === 'body' ? finding.location.excerpt : ''
            return (
              <li key={`${finding.rule}-${index}`}>
                <button
                  type="button"
                  className="check-finding"
                  data-testid="check-finding"
                  data-rule={finding.rule}
                  data-severity={finding.severity}
                  title={t('check.locate', { where })}
                  onClick={() => onLocate(finding)}
                >
                  <span className="check-severity">{t(`check.severity.${finding.severity}`)}</span>
                  <span className="check-message">{t(`check.${finding.rule}`, finding.params)}</span>
                  <span className="check-place">
                    {where}
                    {excerpt && (
                      <>
                        {' '}
                        <bdi className="check-excerpt">«{excerpt}»</bdi>
                      </>
                    )}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <p className="check-note">{t('check.rule')}</p>
    </section>
  )
})
