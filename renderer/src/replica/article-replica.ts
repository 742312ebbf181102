import * as Y from 'yjs'
import { fromBase64, toBase64 } from 'lib0/buffer'
import type { Result } from '../../../shared/contract/errors'
import type { OperationOutput } from '../../../shared/contract/operations'
import { nameWriter, writerOf } from '../../../shared/document/article-document'

/** What the back side sent: not this window's edit, so never sent back. */
export const FROM_BACK_SIDE = Symbol('from the back side')

export type Acknowledged = OperationOutput<'sendArticleUpdate'>

/** The two calls a replica makes: the contract's openArticleDocument and sendArticleUpdate, for one article. */
export interface ReplicaTransport {
  /** The document (base64, format v2); with `since`, only what a replica at that state vector lacks. */
  open(since?: string): Promise<Result<{ state: string }>>
  send(update: string): Promise<Result<Acknowledged>>
}

/**
 * The window's copy of an article's document. The editor and the metadata
 * fields write into it; every edit waits here until the back side has
 * committed it, and what changed elsewhere is caught up into it. A failed
 * send loses nothing: the edits wait again, ahead of any made meanwhile.
 */
export class ArticleReplica {
  readonly doc = new Y.Doc()
  private waiting: Uint8Array[] = []
  private readonly editListeners = new Set<() => void>()
  private caughtUpSomething = false
  private catchUpRunning: Promise<Result<boolean>> | null = null
  private catchUpAgain = false
  private writer: string | null = null
  private naming = false

  private constructor(private readonly transport: ReplicaTransport) {
    this.doc.on('updateV2', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_BACK_SIDE) {
        this.caughtUpSomething = true
        return
      }
      this.waiting.push(update)
      // Naming the writer goes out with the words it names; it is not an edit to save for.
      if (this.naming) return
      for (const listener of [...this.editListeners]) listener()
    })
  }

  /** The article's document as the back side holds it now. */
  static async open(transport: ReplicaTransport): Promise<Result<ArticleReplica>> {
    const opened = await transport.open()
    if (!opened.ok) return opened
    const replica = new ArticleReplica(transport)
    const applied = replica.take(opened.value.state)
    return applied.ok ? { ok: true, value: replica } : applied
  }

  /** Called on each edit made in this window (typing, a field, an undo). */
  onEdit(listener: () => void): () => void {
    this.editListeners.add(listener)
    return () => this.editListeners.delete(listener)
  }

  /** Edits made here that the back side has not acknowledged yet. */
  get waitingEdits(): number {
    return this.waiting.length
  }

  /**
   * Who writes in this window from now on. Each person writes under a client
   * of their own, named theirs in the document (see writerOf), so that
   * "who wrote what" tells one person's words from another's on one desk.
   */
  writeAs(personId: string | null): void {
    if (personId === this.writer) return
    this.nameOwnWords()
    if (Y.getState(this.doc.store, this.doc.clientID) > 0) this.doc.clientID = freshClient()
    this.writer = personId
  }

  /** Sends every waiting edit as one update; answers once the back side committed it. */
  async commit(): Promise<Result<Acknowledged>> {
    this.nameOwnWords()
    if (this.waiting.length === 0) return { ok: true, value: { committedAt: new Date().toISOString() } }
    const batch = this.waiting.splice(0)
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdatesV2(batch)
    let sent: Result<Acknowledged>
    try {
      sent = await this.transport.send(toBase64(update))
    } catch (error) {
      sent = { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } }
    }
    if (!sent.ok) this.waiting.unshift(update)
    return sent
  }

  /**
   * Takes in what changed elsewhere since this replica last heard. Calls made
   * while one runs are folded into one more run after it. True when
   * something arrived.
   */
  catchUp(): Promise<Result<boolean>> {
    if (this.catchUpRunning) {
      this.catchUpAgain = true
      return this.catchUpRunning
    }
    this.catchUpRunning = this.runCatchUps().finally(() => {
      this.catchUpRunning = null
    })
    return this.catchUpRunning
  }

  destroy(): void {
    this.editListeners.clear()
    this.doc.destroy()
  }

  /** Names this client's words as the writer's, once, before they leave the window. */
  private nameOwnWords(): void {
    const client = this.doc.clientID
    if (this.writer === null || Y.getState(this.doc.store, client) === 0 || writerOf(this.doc, client) !== null) return
    this.naming = true
    try {
      nameWriter(this.doc, client, this.writer)
    } finally {
      this.naming = false
    }
  }

  private async runCatchUps(): Promise<Result<boolean>> {
    let arrived = false
    do {
      this.catchUpAgain = false
      const since = toBase64(Y.encodeStateVector(this.doc))
      const opened = await this.transport.open(since)
      if (!opened.ok) return opened
      const applied = this.take(opened.value.state)
      if (!applied.ok) return applied
      arrived ||= applied.value
    } while (this.catchUpAgain)
    return { ok: true, value: arrived }
  }

  private take(state: string): Result<boolean> {
    this.caughtUpSomething = false
    try {
      Y.applyUpdateV2(this.doc, fromBase64(state), FROM_BACK_SIDE)
    } catch (error) {
      // The back side sends only what it committed and checked; a state that does not read is its fault, said as such.
      return { ok: false, error: { code: 'update_undecodable', message: error instanceof Error ? error.message : String(error) } }
    }
    return { ok: true, value: this.caughtUpSomething }
  }
}

/** A new Yjs client number, as Yjs draws its own. */
const freshClient = (): number => crypto.getRandomValues(new Uint32Array(1))[0]!
