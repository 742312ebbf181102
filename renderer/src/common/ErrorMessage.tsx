import { useT } from '../i18n/locale-context'
import { messageText, type ShownMessage } from './shown-message'

/** The one place a screen shows what went wrong, in the language on screen now. */
export function ErrorMessage({ message, onDismiss }: { message: ShownMessage | string; onDismiss?: () => void }) {
  const t = useT()
  return (
    <div className="error-message" data-testid="error-message" role="alert">
      <p>{messageText(t, message)}</p>
      {onDismiss && (
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {t('message.dismiss')}
        </button>
      )}
    </div>
  )
}
