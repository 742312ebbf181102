import { useT } from '../i18n/locale-context'

/** The article was deleted elsewhere: offer to keep what is on screen. */
export function MissingBanner({ keeping, onKeep }: { keeping: boolean; onKeep: () => void }) {
  const t = useT()
  return (
    <div className="missing-banner" data-testid="missing-banner" role="alert">
      <p>{t('missing.body')}</p>
      <button type="button" className="button button-primary" data-testid="keep-as-new" disabled={keeping} onClick={onKeep}>
        {keeping ? t('missing.keeping') : t('missing.keep')}
      </button>
    </div>
  )
}
