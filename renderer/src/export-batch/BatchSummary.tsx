import { useT } from '../i18n/locale-context'
import { failureMessage } from '../common/failure-message'
import type { BatchReport } from './run-export-batch'

interface Props {
  report: BatchReport
  onOpenArticle: (id: string) => void
}

/** What the batch did: how many went and where, and each refused article with its reason and a way to it. */
export function BatchSummary({ report, onOpenArticle }: Props) {
  const t = useT()
  return (
    <div className="batch-summary" role="status" data-testid="batch-summary">
      <h3 data-testid="batch-outcome">{report.stopped ? t('batch.stopped') : t('batch.finished')}</h3>
      <p>
        <span data-testid="batch-exported">{t('batch.exported', { count: report.exported.length })}</span>
        <span aria-hidden="true"> · </span>
        <span data-testid="batch-refused-count">{t('batch.refused', { count: report.refused.length })}</span>
      </p>
      {report.notAttempted.length > 0 && <p data-testid="batch-not-attempted">{t('batch.notAttempted', { count: report.notAttempted.length })}</p>}
      <p className="batch-folder">
        {t('batch.folder')}{' '}
        <code dir="ltr" data-testid="batch-folder">
          {report.folder}
        </code>
      </p>
      {report.refused.length > 0 && (
        <section className="batch-refusals">
          <h4>{t('batch.refusedTitle')}</h4>
          <ul data-testid="batch-refused">
            {report.refused.map(({ article, failure }) => {
              const headline = article.headline.trim() || t('library.untitled')
              return (
                <li key={article.id} data-testid="batch-refused-item">
                  <bdi className="batch-refused-headline">{headline}</bdi>
                  <span className="batch-refused-reason" data-testid="batch-refused-reason">
                    {failureMessage(t, failure)}
                  </span>
                  {failure.code !== 'not_found' && (
                    <button
                      type="button"
                      className="button button-small"
                      data-testid="batch-open-article"
                      aria-label={t('batch.openArticleLabel', { headline })}
                      onClick={() => onOpenArticle(article.id)}
                    >
                      {t('batch.openArticle')}
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      )}
    </div>
  )
}
