import { useT } from '../i18n/locale-context'

export function StaleBanner({ reloading, onReload }: { reloading: boolean; onReload: () => void }) {
  const t = useT()
  return (
    <div className="stale-banner" data-testid="stale-banner" role="alert">
      <p>{t('stale.body')}</p>
      <button type="button" className="button button-primary" data-testid="reload-article" disabled={reloading} onClick={onReload}>
        {reloading ? t('stale.reloading') : t('stale.reload')}
      </button>
    </div>
  )
}

/** The article was deleted elsewhere: offer to keep what is on screen. */
export function MissingBanner({ keeping, onKeep }: { keeping: boolean; onKeep: () => void }) {
  const t = useT()
  return (
    <div className="stale-banner" data-testid="missing-banner" role="alert">
      <p>{t('missing.body')}</p>
      <button type="button" className="button button-primary" data-testid="keep-as-new" disabled={keeping} onClick={onKeep}>
        {keeping ? t('missing.keeping') : t('missing.keep')}
      </button>
    </div>
  )
}
