import { useId, useState, type FormEvent } from 'react'
import { useBackend } from '../backend/backend-context'
import { ErrorMessage } from '../common/ErrorMessage'
import { refused, said, type ShownMessage } from '../common/shown-message'
import { useLocale } from '../i18n/locale-context'
import { clockTime, gregorianDate } from '../../../shared/text/article-date'
import { useNewsroomSettings } from '../settings/settings-context'
import { HubBadge } from './HubBadge'
import './hub.css'
import { useHubStatus } from './use-hub-status'

/**
 * Settings → Newsroom hub. A desk joins with the address and member token the
 * hub's administrator gave; the back side checks both with the hub before it
 * keeps them. Without a hub, nothing else in the app changes.
 */
export function HubSettingsGroup() {
  const { locale, t } = useLocale()
  const { api } = useBackend()
  const { settings } = useNewsroomSettings()
  const { status, failure, setStatus } = useHubStatus()
  const [url, setUrl] = useState('')
  const [token, setToken] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<ShownMessage | null>(null)
  const [confirmingLeave, setConfirmingLeave] = useState(false)
  const urlId = useId()
  const tokenId = useId()

  const join = async (event: FormEvent) => {
    event.preventDefault()
    setMessage(null)
    if (!/^wss?:\/\/\S+$/i.test(url.trim())) return setMessage(said('error.hub_address_invalid'))
    setBusy(true)
    const joined = await api.joinHub({ url: url.trim(), token: token.trim() })
    setBusy(false)
    if (!joined.ok) return setMessage(refused(joined.error))
    setStatus(joined.value)
    setToken('')
    setMessage(said('hub.joined'))
  }

  const leave = async () => {
    setBusy(true)
    const left = await api.leaveHub({})
    setBusy(false)
    setConfirmingLeave(false)
    if (!left.ok) return setMessage(refused(left.error))
    setStatus(left.value)
    setMessage(said('hub.left'))
  }

  const link = status?.link ?? null
  const style = { locale, digits: settings.digitStyle, months: settings.monthNames }
  const lastSynced = link?.lastSyncedAt
    ? t('hub.lastSynced', { date: gregorianDate(link.lastSyncedAt, style) ?? '', time: clockTime(link.lastSyncedAt, style) ?? '' })
    : null

  return (
    <section className="settings-group hub-settings" data-testid="hub-settings">
      <h2>{t('hub.settings')}</h2>
      <p className="settings-hint">{t('hub.settingsHint')}</p>
      {failure && <ErrorMessage message={refused(failure)} />}
      {message && <ErrorMessage message={message} onDismiss={() => setMessage(null)} />}
      {link ? (
        <div className="hub-link" data-testid="hub-link">
          <p>
            {t('hub.joinedTo')} <code dir="ltr">{link.url}</code>
          </p>
          {link.memberName && (
            <p data-testid="hub-member">
              {t('hub.memberAs', { name: link.memberName, role: link.role ? t(`role.${link.role}`) : '' })}
            </p>
          )}
          <p>
            <HubBadge link={link} />
            {lastSynced && <span className="hub-last-synced"> {lastSynced}</span>}
          </p>
          {link.readOnly && <p className="settings-hint">{t('hub.readOnlyHint')}</p>}
          {status && status.shared.length > 0 && <p>{t('hub.sharedCount', { count: status.shared.length })}</p>}
          {confirmingLeave ? (
            <div className="hub-leave-confirm" role="group" aria-label={t('hub.leave')}>
              <p>{t('hub.leaveQuestion')}</p>
              <button type="button" className="button button-danger" data-testid="hub-leave-confirm" disabled={busy} onClick={() => void leave()}>
                {t('hub.leaveConfirm')}
              </button>{' '}
              <button type="button" className="button" onClick={() => setConfirmingLeave(false)}>
                {t('hub.leaveCancel')}
              </button>
            </div>
          ) : (
            <button type="button" className="button" data-testid="hub-leave" onClick={() => setConfirmingLeave(true)}>
              {t('hub.leave')}
            </button>
          )}
        </div>
      ) : (
        <form className="hub-join" onSubmit={(event) => void join(event)} data-testid="hub-join">
          <label className="settings-choice" htmlFor={urlId}>
            <span className="settings-label">{t('hub.address')}</span>
          </label>
          <input
            id={urlId}
            className="settings-input"
            dir="ltr"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="wss://hub.example.org"
            data-testid="hub-url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
          <label className="settings-choice" htmlFor={tokenId}>
            <span className="settings-label">{t('hub.token')}</span>
          </label>
          <input
            id={tokenId}
            className="settings-input"
            dir="ltr"
            type="password"
            autoComplete="off"
            spellCheck={false}
            data-testid="hub-token"
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
          <button type="submit" className="button button-primary" data-testid="hub-join-button" disabled={busy || url.trim() === '' || token.trim() === ''} aria-busy={busy}>
            {busy ? t('hub.joining') : t('hub.join')}
          </button>
        </form>
      )}
    </section>
  )
}
