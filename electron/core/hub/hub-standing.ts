import { WebSocketStatus } from '@hocuspocus/provider'
import type { HubState, HubStatus, SharedArticleState } from '../../../shared/hub/hub-views'
import type { ArticleChannel } from './article-channel'
import type { HubLinkStore, SharedArticleRow, StoredHubLink } from './hub-link-store'

/** What the standing needs of a live session; null when none runs (the CLI, or before the app starts it). */
export interface SessionView {
  refused: string | null
  socketStatus: WebSocketStatus
  channels: ReadonlyMap<string, Pick<ArticleChannel, 'settled' | 'stopped'>>
}

/**
 * Edits of the article this desk made that the hub has not confirmed: the
 * update rows written since the last confirmation; one when the rows were
 * folded away or it was never confirmed at all.
 */
export function waitingOf(store: HubLinkStore, row: SharedArticleRow): number {
  const rows = store.rowsAfter(row.articleId, row.confirmedSeq)
  return rows > 0 ? rows : row.hubVector === null ? 1 : 0
}

function linkState(session: SessionView | null, waiting: number, link: StoredHubLink): HubState {
  if (!session) return waiting === 0 && link.lastSyncedAt !== null ? 'synced' : 'offline'
  if (session.refused) return 'refused'
  if (session.socketStatus === WebSocketStatus.Connecting) return 'connecting'
  if (session.socketStatus !== WebSocketStatus.Connected) return 'offline'
  const allSettled = [...session.channels.values()].every((channel) => channel.settled() || channel.stopped !== null)
  return allSettled && waiting === 0 ? 'synced' : 'sending'
}

/** How the desk stands with its hub, as the contract's hubStatus says it. */
export function hubStanding(store: HubLinkStore, session: SessionView | null): HubStatus {
  const link = store.link()
  if (!link) return { link: null, shared: [] }
  const readOnly = link.role === 'web_desk'
  const connected = session?.socketStatus === WebSocketStatus.Connected
  const shared: SharedArticleState[] = store.shared().map((row) => {
    const waiting = readOnly ? 0 : waitingOf(store, row)
    const settled = session?.channels.get(row.articleId)?.settled() ?? false
    return {
      id: row.articleId,
      state: waiting === 0 || settled ? 'synced' : connected ? 'waiting' : 'offline',
      waiting: settled ? 0 : waiting
    }
  })
  const waiting = shared.reduce((sum, article) => sum + article.waiting, 0)
  return {
    link: {
      url: link.url,
      memberName: link.memberName,
      role: link.role,
      readOnly,
      state: linkState(session, waiting, link),
      waiting,
      lastSyncedAt: link.lastSyncedAt
    },
    shared
  }
}
