import { useState } from 'react'
import { useBackend } from '../backend/backend-context'
import { ErrorMessage } from '../common/ErrorMessage'
import { refused, type ShownMessage } from '../common/shown-message'
import { useT } from '../i18n/locale-context'

/**
 * "Show log": the back side shows midad.log in the system's file manager; a
 * back side without a desktop (the browser host) cannot, and the file's path
 * is named instead, to be found or sent on.
 */
export function ShowLogGroup() {
  const t = useT()
  const { api } = useBackend()
  const [notOpened, setNotOpened] = useState<string | null>(null)
  const [error, setError] = useState<ShownMessage | null>(null)

  const showLog = async () => {
    setError(null)
    const shown = await api.showLog({})
    if (!shown.ok) return setError(refused(shown.error))
    setNotOpened(shown.value.opened ? null : shown.value.file)
  }

  return (
    <section className="settings-group">
      <h2>{t('settings.log')}</h2>
      <p className="settings-hint">{t('settings.log.hint')}</p>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      <button type="button" className="button" data-testid="show-log" onClick={() => void showLog()}>
        {t('settings.showLog')}
      </button>
      {notOpened !== null && (
        <p className="notice" role="status" data-testid="log-file">
          {t('settings.logNotOpened')}{' '}
          <code dir="ltr">{notOpened}</code>
        </p>
      )}
    </section>
  )
}
