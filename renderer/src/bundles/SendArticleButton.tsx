import { useRef, useState } from 'react'
import { said, type ShownMessage } from '../common/shown-message'
import { useProfile } from '../people/profile-context'
import { useT } from '../i18n/locale-context'
import { SendBundleDialog } from './SendBundleDialog'

interface Props {
  article: { id: string; headline: string }
  /** Saves what is typed; false when it could not be, and nothing is sent then. */
  save: () => Promise<boolean>
  onError: (message: ShownMessage) => void
}

/**
 * The article in hand, as a bundle: "Send for review…" for the one who wrote
 * it, "Send back…" for the editor who reviewed it. What is typed is saved
 * first, so the bundle holds the last word.
 */
export function SendArticleButton({ article, save, onError }: Props) {
  const t = useT()
  const { profile } = useProfile()
  const [sending, setSending] = useState(false)
  const [saving, setSaving] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const purpose = profile?.role === 'editor' ? 'back' : 'review'

  const start = async () => {
    setSaving(true)
    const saved = await save()
    setSaving(false)
    if (saved) setSending(true)
    else onError(said('bundle.sendBlocked'))
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button-quiet"
        data-testid="send-article-bundle"
        aria-haspopup="dialog"
        disabled={saving}
        onClick={() => void start()}
      >
        {t(purpose === 'back' ? 'article.sendBack' : 'article.sendForReview')}
      </button>
      {sending && (
        <SendBundleDialog
          articles={[article]}
          chosen={[article.id]}
          purpose={purpose}
          onClose={() => {
            setSending(false)
            button.current?.focus()
          }}
        />
      )}
    </>
  )
}
