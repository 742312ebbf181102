import { useT } from '../i18n/locale-context'
import { useNewsroomSettings } from './settings-context'

export function SettingsButton() {
  const t = useT()
  const { openSettings } = useNewsroomSettings()
  return (
    <button type="button" className="button button-quiet" data-testid="open-settings" onClick={() => openSettings()}>
      {t('settings.open')}
    </button>
  )
}
