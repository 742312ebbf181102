import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { HUB_ARTICLES_CHANGED, HUB_NEWSROOM_DOCUMENT } from '../../../shared/hub/hub-wire'

/**
 * A live desk's ear on the hub: the newsroom document, which no one writes
 * and on which the hub says when an article it did not hold arrives. The
 * desk then fetches it at once instead of at its next periodic look.
 */
export function listenToNewsroom(socket: HocuspocusProviderWebsocket, token: string, onNewArticles: () => void): { destroy(): void } {
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: HUB_NEWSROOM_DOCUMENT,
    document: new Y.Doc({ gc: true }),
    token,
    awareness: null,
    onStateless: ({ payload }) => {
      if (payload === HUB_ARTICLES_CHANGED) onNewArticles()
    }
  })
  // A socket made by the caller carries the document only once it is attached.
  provider.attach()
  return { destroy: () => provider.destroy() }
}
