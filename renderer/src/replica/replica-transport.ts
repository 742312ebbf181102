import type { MidadApi } from '../../../shared/contract/api'
import type { ReplicaTransport } from './article-replica'

/** One article's replica over the contract. */
export const replicaTransport = (api: MidadApi, articleId: string): ReplicaTransport => ({
  open: (since) => api.openArticleDocument(since === undefined ? { id: articleId } : { id: articleId, since }),
  send: (update) => api.sendArticleUpdate({ id: articleId, update })
})
