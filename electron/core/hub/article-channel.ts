import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { MidadError } from '../../../shared/contract/errors'
import { writerIds } from '../../../shared/document/article-document'
import { articleDocumentName, articleRecordName } from '../../../shared/hub/article-record'
import { peopleInDocument } from '../bundles/write-bundle'
import { checkArticleDocument } from '../documents/document-check'
import type { Log } from '../log/log'
import { linkDocument, type DocumentLink } from './document-link'
import type { DeskLibrary } from './desk-library'

/** Changes this desk puts into a mirror: the provider sends them, the channel does not take them back. */
const FROM_THIS_DESK = Symbol('from this desk')

/**
 * One article between this desk and the hub: its document and its record,
 * each mirrored in a Y.Doc that a provider keeps in step with the hub. What
 * this desk commits is copied into the mirror and so sent; what arrives from
 * the hub is checked on a scratch copy, then committed to the library. The
 * library is never bound to the network directly: a refused update stops at
 * the mirror.
 */
export interface ArticleChannel {
  readonly articleId: string
  /**
   * Copies what this desk committed since into the mirrors, which send it.
   * `everyone` also names in the record every person the document names
   * (commenters, suggesters, deciders), which takes a read of the whole
   * document; a live edit names only the writers.
   */
  push(everyone?: boolean): void
  /** Both documents settled with the hub (see DocumentLink.settled). */
  settled(): boolean
  /** Why the hub or this desk stopped the channel; null while it runs. */
  readonly stopped: string | null
  /** What the hub holds of the article, as far as this desk knows. */
  hubVector(): Uint8Array
  /** Updates that arrived from the hub and were committed here. */
  readonly received: number
  /** Whether this channel brought the article here. */
  readonly created: boolean
  destroy(): void
}

export interface ArticleChannelOptions {
  socket: HocuspocusProviderWebsocket
  articleId: string
  token: string
  readOnly: boolean
  library: DeskLibrary
  log: Log
  onChange(): void
  /** The article came from the hub and is now in the library. */
  onAdopted(): void
}

const copyOf = (doc: Y.Doc): Y.Doc => {
  const copy = new Y.Doc({ gc: true })
  Y.applyUpdateV2(copy, Y.encodeStateAsUpdateV2(doc))
  return copy
}

export function openArticleChannel(options: ArticleChannelOptions): ArticleChannel {
  const { articleId, library, log } = options
  const article = new Y.Doc({ gc: true })
  const record = new Y.Doc({ gc: true })
  let stoppedHere: string | null = null
  let received = 0
  let created = false
  let recordWaiting = false

  const refuse = (what: string, error: unknown) => {
    stoppedHere = 'hub_content_refused'
    log.warn('an article from the hub was refused: it is not a valid article here; nothing was stored', {
      articleId,
      what,
      detail: error instanceof Error ? error.message : String(error)
    })
    destroy()
    options.onChange()
  }

  const takeRecord = () => {
    try {
      if (library.record.take(articleId, record) > 0) library.changed(articleId, 'status')
    } catch (error) {
      refuse('record', error)
    }
  }

  const onArticleUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== articleLink.provider || stoppedHere) return
    try {
      if (!library.exists(articleId)) {
        // New here: the mirror holds the hub's whole document, taken as it is.
        const scratch = copyOf(article)
        const content = checkArticleDocument(scratch)
        library.adopt(articleId, Y.encodeStateAsUpdateV2(scratch), content)
        created = true
        options.onAdopted()
        if (recordWaiting) takeRecord()
      } else {
        const scratch = new Y.Doc({ gc: true })
        Y.applyUpdateV2(scratch, library.state(articleId))
        Y.applyUpdateV2(scratch, update)
        library.receive(articleId, update, checkArticleDocument(scratch))
      }
      received++
    } catch (error) {
      if (error instanceof MidadError && error.code !== 'hub_content_refused') log.error('an update from the hub could not be stored', { articleId, error })
      refuse('article', error)
    }
  }

  const onRecordUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== recordLink.provider || stoppedHere) return
    // A record can arrive before its article: it is taken once the article is here.
    if (!library.exists(articleId)) {
      recordWaiting = true
      return
    }
    takeRecord()
  }

  if (library.exists(articleId)) {
    Y.applyUpdateV2(article, library.state(articleId), FROM_THIS_DESK)
    library.record.write(articleId, record, FROM_THIS_DESK, peopleInDocument(article))
  }
  article.on('updateV2', onArticleUpdate)
  record.on('updateV2', onRecordUpdate)

  const linkOf = (name: string, doc: Y.Doc) =>
    linkDocument({ socket: options.socket, name, doc, token: options.token, readOnly: options.readOnly, onChange: options.onChange })
  const articleLink: DocumentLink = linkOf(articleDocumentName(articleId), article)
  const recordLink: DocumentLink = linkOf(articleRecordName(articleId), record)

  function destroy() {
    article.off('updateV2', onArticleUpdate)
    record.off('updateV2', onRecordUpdate)
    articleLink.destroy()
    recordLink.destroy()
  }

  return {
    articleId,
    push(everyone = false) {
      if (stoppedHere || options.readOnly || !library.exists(articleId)) return
      const before = Y.encodeStateVector(article)
      Y.applyUpdateV2(article, library.state(articleId, before), FROM_THIS_DESK)
      library.record.write(articleId, record, FROM_THIS_DESK, everyone ? peopleInDocument(article) : writerIds(article))
    },
    settled: () => articleLink.settled() && recordLink.settled(),
    get stopped() {
      return stoppedHere ?? articleLink.stopped ?? recordLink.stopped
    },
    hubVector: () => Y.encodeStateVector(article),
    get received() {
      return received
    },
    get created() {
      return created
    },
    destroy
  }
}
