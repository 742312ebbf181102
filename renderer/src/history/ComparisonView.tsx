import type { DiffSpan, RevisionComparison } from '../../../shared/revisions/comparison'
import { useT } from '../i18n/locale-context'

/** A span as the reader sees it; a minor change is folded away when asked: its deletion hidden, its insertion plain. */
function Span({ span, hideMinor }: { span: DiffSpan; hideMinor: boolean }) {
  const t = useT()
  if (span.op === 'equal' || (hideMinor && span.minor && span.op === 'insert')) return <>{span.text}</>
  if (hideMinor && span.minor) return null
  const className = span.minor ? 'diff-minor' : undefined
  // The words "deleted:" / "added:" are there for screen readers, which do not announce <del> and <ins>.
  return span.op === 'insert' ? (
    <ins className={className}>
      <span className="visually-hidden">{t('history.inserted')}</span>
      {span.text}
    </ins>
  ) : (
    <del className={className}>
      <span className="visually-hidden">{t('history.deleted')}</span>
      {span.text}
    </del>
  )
}

/** What changed: the metadata first, then each changed block of the body, in the order the article reads. */
export function ComparisonView({ comparison, hideMinor }: { comparison: RevisionComparison; hideMinor: boolean }) {
  const t = useT()
  const blocks = comparison.blocks.filter((block) => block.change !== 'equal' && !(hideMinor && block.spans.every((span) => span.op === 'equal' || span.minor)))
  if (comparison.meta.length === 0 && blocks.length === 0) {
    return <p className="settings-hint" data-testid="comparison-none">{t('history.noDifference')}</p>
  }
  return (
    <div className="comparison" data-testid="comparison">
      {comparison.meta.length > 0 && (
        <>
          <h3>{t('history.metaChanges')}</h3>
          <dl className="comparison-meta">
            {comparison.meta.map((change) => (
              <div key={change.field} data-testid={`meta-change-${change.field}`}>
                <dt>{t(`diff.field.${change.field}` as 'diff.field.headline')}</dt>
                <dd dir="auto">
                  <del>{change.field === 'status' ? t(`status.${change.from}` as 'status.draft') : change.from}</del>
                  {t('history.becomes')}
                  <ins>{change.field === 'status' ? t(`status.${change.to}` as 'status.draft') : change.to}</ins>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {blocks.length > 0 && (
        <>
          <h3>{t('history.bodyChanges')}</h3>
          {blocks.map((block, index) => (
            <div key={index} className={`comparison-block is-${block.change}`} data-testid="changed-block">
              <span className="comparison-block-kind">{t(`history.block.${block.change}` as 'history.block.changed')}</span>
              <p dir="auto">
                {block.spans.map((span, spanIndex) => (
                  <Span key={spanIndex} span={span} hideMinor={hideMinor} />
                ))}
              </p>
            </div>
          ))}
        </>
      )}
    </div>
  )
}
