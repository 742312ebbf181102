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
