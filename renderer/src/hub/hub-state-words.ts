import type { HubState, SharedArticleState } from '../../../shared/hub/hub-views'
import type { MessageKey } from '../../../shared/i18n/ar'

export const hubStateKey: Record<HubState, MessageKey> = {
  synced: 'hub.state.synced',
  sending: 'hub.state.sending',
  connecting: 'hub.state.connecting',
  offline: 'hub.state.offline',
  refused: 'hub.state.refused'
}

export const sharedArticleStateKey: Record<SharedArticleState['state'], MessageKey> = {
  synced: 'hub.article.synced',
  waiting: 'hub.article.waiting',
  offline: 'hub.article.offline'
}
