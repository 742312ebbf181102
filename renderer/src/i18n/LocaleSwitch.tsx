import { useLocale } from './locale-context'

export function LocaleSwitch() {
  const { locale, setLocale, t } = useLocale()
  const other = locale === 'ar' ? 'en' : 'ar'
  return (
    <button
      type="button"
      className="button button-quiet"
      data-testid="switch-locale"
      lang={other}
      aria-label={t('locale.switchLabel')}
      onClick={() => setLocale(other)}
    >
      {t('locale.switch')}
    </button>
  )
}
