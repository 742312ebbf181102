import type { HubLink } from '../../../shared/hub/hub-views'
import { useT } from '../i18n/locale-context'
import { hubStateKey } from './hub-state-words'
import './hub.css'

/**
 * The desk's standing with its hub, in a word or two: synced, sending N
 * changes, connecting, offline, refused. A desk that joined no hub shows
 * nothing, since nothing about it is waiting.
 */
export function HubBadge({ link }: { link: HubLink | null }) {
  const t = useT()
  if (!link) return null
  return (
    <span className="hub-badge" data-state={link.state} data-testid="hub-badge" role="status" title={link.url}>
      <span className="hub-badge-dot" aria-hidden="true" />
      {t(hubStateKey[link.state], { count: link.waiting })}
    </span>
  )
}
