import type { HubStatus } from '../../../shared/hub/hub-views'
import { useT } from '../i18n/locale-context'
import { HubBadge } from './HubBadge'
import { sharedArticleStateKey } from './hub-state-words'
import './hub.css'

/**
 * In the article's status bar: a shared article says whether it is synced or
 * how many of its changes wait to be sent; one not shared shows the desk's
 * standing with its hub. Nothing at all without a hub.
 */
export function ArticleSyncState({ articleId, status }: { articleId: string; status: HubStatus | null }) {
  const t = useT()
  if (!status?.link) return null
  const shared = status.shared.find((article) => article.id === articleId)
  if (!shared) return <HubBadge link={status.link} />
  return (
    <span className="hub-badge" data-state={shared.state === 'waiting' ? 'sending' : shared.state} data-testid="article-sync">
      <span className="hub-badge-dot" aria-hidden="true" />
      {t(sharedArticleStateKey[shared.state], { count: shared.waiting })}
    </span>
  )
}
