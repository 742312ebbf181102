import { useT } from '../i18n/locale-context'

/** The one place a screen shows what went wrong, already translated. */
export function ErrorMessage({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  const t = useT()
  return (
    <div className="error-message" data-testid="error-message" role="alert">
      <p>{message}</p>
      {onDismiss && (
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {t('message.dismiss')}
        </button>
      )}
    </div>
  )
}
