// Test support: an article's document as a desk holds it, and a provider that
// keeps it in sync with a hub, without a Core behind it.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import * as Y from 'yjs'
import { emptyMeta } from '../../../shared/article/meta'
import { markLayout, writeBody, writeMeta } from '../../../shared/document/article-document'
import { articleSchema } from '../../../shared/schema/article-schema'
import { HUB_BARRIER_PREFIX } from '../../../shared/hub/hub-wire'

export const paragraphs = (...texts: string[]) => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }))
})

/** A new article document with its headline and paragraphs, as a desk makes one. */
export function articleDoc(headline: string, ...texts: string[]): Y.Doc {
  const doc = new Y.Doc({ gc: true })
  doc.transact(() => {
    writeMeta(doc, { ...emptyMeta, headline })
    writeBody(doc, ProseMirrorNode.fromJSON(articleSchema(), paragraphs(...texts)))
    markLayout(doc)
  })
  return doc
}

/** Rewrites one paragraph the way the editor would, touching nothing else. */
export function editParagraphs(doc: Y.Doc, ...texts: string[]): void {
  writeBody(doc, ProseMirrorNode.fromJSON(articleSchema(), paragraphs(...texts)))
}

export interface Replica {
  doc: Y.Doc
  provider: HocuspocusProvider
  socket: HocuspocusProviderWebsocket
  /** Why the hub refused this replica, once it did. */
  refused: string | null
  /** Why the hub closed this document, once it did. */
  closed: string | null
  /** Resolves once the hub holds everything this replica wrote. */
  settled(): Promise<void>
  destroy(): void
}

let barriers = 0

export function connectReplica(url: string, name: string, token: string, doc: Y.Doc = new Y.Doc()): Replica {
  let awaited: string | null = null
  const socket = new HocuspocusProviderWebsocket({ url, autoConnect: true, delay: 10, minDelay: 10, maxDelay: 50, jitter: false })
  const replica: Replica = {
    doc,
    socket,
    refused: null,
    closed: null,
    provider: undefined as unknown as HocuspocusProvider,
    settled: () =>
      new Promise((resolve, reject) => {
        const look = () => {
          if (replica.refused) return reject(new Error(replica.refused))
          if (replica.provider.isSynced && replica.provider.unsyncedChanges === 0 && awaited === null) return resolve()
          setTimeout(look, 1)
        }
        look()
      }),
    destroy: () => {
      replica.provider.destroy()
      socket.destroy()
    }
  }
  replica.provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    awareness: null,
    onAuthenticationFailed: ({ reason }) => (replica.refused = reason),
    onClose: ({ event }) => {
      if (event.reason) replica.closed = event.reason
      awaited = null
    },
    // As a desk does: once synced, a barrier the hub answers after everything sent before it.
    onSynced: () => {
      awaited = `${HUB_BARRIER_PREFIX}${++barriers}`
      replica.provider.sendStateless(awaited)
    },
    onStateless: ({ payload }) => {
      if (payload === awaited) awaited = null
    }
  })
  // A socket made here carries the document only once it is attached.
  replica.provider.attach()
  return replica
}

/** Waits until `ready` holds, looking every few milliseconds (no fixed sleep). */
export async function until(ready: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const start = Date.now()
  while (!ready()) {
    if (Date.now() - start > limitMs) throw new Error(`still waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}
