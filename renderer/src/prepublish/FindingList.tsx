import { useState } from 'react'
import type { Finding } from '../../../shared/prepublish/finding'
import { findingPlace } from '../../../shared/prepublish/finding-place'
import { useT } from '../i18n/locale-context'

/** Findings drawn at first, and how many more each "show more" adds. */
export const FIRST_FINDINGS = 25
export const MORE_FINDINGS = 50

interface Props {
  findings: Finding[]
  onLocate: (finding: Finding) => void
}

/**
 * The findings, errors first, each a button to its place. A long article can
 * have hundreds (a Latin comma in every paragraph): the first few are drawn
 * and the rest wait for "show more", so opening the article does not lay out
 * a list nobody has asked to read yet. The counts above say how many in all.
 */
export function FindingList({ findings, onLocate }: Props) {
  const t = useT()
  // Kept across refreshes: a journalist who asked for more keeps seeing them after a save.
  const [limit, setLimit] = useState(FIRST_FINDINGS)
  const shown = findings.slice(0, limit)
  const more = Math.min(MORE_FINDINGS, findings.length - shown.length)
  return (
    <>
      <ul className="check-findings">
        {shown.map((finding, index) => {
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
      {more > 0 && (
        <button type="button" className="button button-quiet button-small check-more" data-testid="check-more" onClick={() => setLimit(limit + MORE_FINDINGS)}>
          {t('check.showMore', { count: more })}
        </button>
      )}
    </>
  )
}
