import type { Socket } from 'node:net'
import { join } from 'node:path'
import { Server, type Extension } from '@hocuspocus/server'
import { documentKind } from '../../shared/hub/article-record'
import { HUB_ARTICLES_CHANGED, HUB_BARRIER_PREFIX, HUB_NEWSROOM_DOCUMENT } from '../../shared/hub/hub-wire'
import { nullLog, openLog, type FileLog, type Log } from '../core'
import { createHubDocuments, type HubDocuments } from './hub-documents'
import { createHubRoutes } from './hub-routes'
import { openHubDatabase } from './hub-store'
import { checkIncoming } from './incoming-check'
import { createMembers, type Members, type Refusal } from './members'

export interface HubOptions {
  /** 0 for any free port. */
  port: number
  /** 127.0.0.1 unless given: a hub is reached from elsewhere only when asked. */
  host?: string
  /** Where hub.sqlite and hub.log live. */
  dataDir: string
  /** With --debug: the log's lines handed here (stderr) too. */
  debugEcho?: (line: string) => void
  /** Tests keep the log quiet and in memory. */
  log?: Log
  /** How often open connections are held against the members' standing (ms); tests shorten it. */
  standingCheckMs?: number
}

export interface RunningHub {
  /** ws://host:port */
  url: string
  port: number
  members: Members
  documents: HubDocuments
  close(): Promise<void>
}

interface MemberContext {
  member: string
}

/** Sync message types of y-protocols: only these two carry updates. */
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

/** A refusal the provider hears: its reason is the desk's error code. */
const refusal = (reason: string) => ({ reason })

/** How many documents one desk may open at once (two per shared article). */
const MAX_ARTICLES_PER_DESK = 10_000

/** Closes a connection whose update was refused: the reason reaches the provider's close event. */
const CONTENT_REFUSED_CLOSE = 4400
/** Closes a connection whose member was revoked or expired since it was let in. */
const MEMBERSHIP_ENDED_CLOSE = 4401

/**
 * `midad hub member revoke` runs in another process, on the same file: the
 * hub learns of it by looking. A desk already connected is closed within this
 * long, and at once if it sends anything before then.
 */
const STANDING_CHECK_MS = 5_000

/**
 * The newsroom hub: Hocuspocus with the hub's members, checks and store.
 * Every update is checked on a scratch copy and written to SQLite before
 * Hocuspocus applies it, broadcasts it and acknowledges it; one that fails is
 * never applied, stored or sent on.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const db = openHubDatabase(options.dataDir)
  const fileLog: FileLog | null = options.log
    ? null
    : openLog({ file: join(options.dataDir, 'hub.log'), ...(options.debugEcho ? { echo: options.debugEcho } : {}) })
  const log = options.log ?? fileLog ?? nullLog
  const members = createMembers(db)
  const documents = createHubDocuments(db)
  const routes = createHubRoutes(db, members, documents, log)
  // The articles held, so that one arriving for the first time is announced once.
  const held = new Set(documents.names())
  let announce: () => void = () => undefined

  const hub: Extension = {
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const verdict = members.admit(token)
      if (typeof verdict === 'string') {
        log.info('a desk was refused', { documentName, reason: verdict })
        throw refusal(verdict)
      }
      // The newsroom document carries announcements only: every member reads it, no one writes it.
      if (documentName === HUB_NEWSROOM_DOCUMENT) {
        connectionConfig.readOnly = true
        return { member: verdict.name } satisfies MemberContext
      }
      if (!documentKind(documentName)) throw refusal('hub_content_refused')
      // The web desk reads everything and writes nothing.
      if (verdict.role === 'web_desk') connectionConfig.readOnly = true
      return { member: verdict.name } satisfies MemberContext
    },

    async onLoadDocument({ document, documentName }) {
      if (documentName !== HUB_NEWSROOM_DOCUMENT) documents.load(documentName, document)
    },

    async beforeSync({ connection, document, documentName, type, payload, context }) {
      if (type !== SYNC_STEP_2 && type !== SYNC_UPDATE) return
      const member = (context as MemberContext).member
      const standing = members.standing(member)
      if (typeof standing === 'string') {
        log.info('a desk whose membership ended was closed', { member, reason: standing })
        throw { code: MEMBERSHIP_ENDED_CLOSE, reason: standing }
      }
      // Hocuspocus drops a read-only member's update itself, and says so to the desk.
      if (connection.readOnly) return
      try {
        checkIncoming(documentName, document, payload)
      } catch (error) {
        log.warn('an update was refused: it would not leave a valid article', {
          member,
          documentName,
          detail: error instanceof Error ? error.message : String(error)
        })
        throw { code: CONTENT_REFUSED_CLOSE, reason: 'hub_content_refused' }
      }
      // An empty step 2 (a desk with nothing new) is not worth a row.
      if (payload.length > 2) {
        documents.append(documentName, payload, member)
        if (!held.has(documentName)) {
          held.add(documentName)
          if (documentKind(documentName)?.kind === 'article') announce()
        }
      }
    },

    // A desk asks for a barrier once it has sent its state: the answer leaves
    // after every message before it was handled, so the desk knows the hub
    // has everything it sent (the sync protocol acknowledges updates, not the
    // state a desk sends in reply to the hub's first step).
    async onStateless({ connection, payload }) {
      if (payload.startsWith(HUB_BARRIER_PREFIX)) connection.sendStateless(payload)
    },

    async onStoreDocument({ document, documentName }) {
      if (documentName !== HUB_NEWSROOM_DOCUMENT) documents.compact(documentName, document)
    },

    async onRequest({ request, response }) {
      if (await routes.handle(request, response)) throw null
    }
  }

  const server = new Server({
    port: options.port,
    address: options.host ?? '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    // A desk opens every shared article at once over its one socket: Hocuspocus's
    // defaults (100 documents waiting for their token check) would close a desk
    // sharing more. A token check here is one hash and one indexed read.
    maxPendingDocuments: MAX_ARTICLES_PER_DESK,
    maxUnauthenticatedQueueMessages: MAX_ARTICLES_PER_DESK * 4,
    maxUnauthenticatedQueueSize: 64 * 1024 * 1024,
    extensions: [hub]
  })
  announce = () => server.hocuspocus.documents.get(HUB_NEWSROOM_DOCUMENT)?.broadcastStateless(HUB_ARTICLES_CHANGED)

  // Every open document's connections, held against their member's standing now; the
  // provider hears the reason in its close event and the desk says it in its own words.
  const closeEndedMemberships = () => {
    const verdicts = new Map<string, Refusal | null>()
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const member = (connection.context as MemberContext | undefined)?.member
        if (member === undefined) continue
        if (!verdicts.has(member)) {
          const standing = members.standing(member)
          verdicts.set(member, typeof standing === 'string' ? standing : null)
          if (typeof standing === 'string') log.info('a desk whose membership ended was closed', { member, reason: standing })
        }
        const ended = verdicts.get(member)
        if (ended) connection.close({ code: MEMBERSHIP_ENDED_CLOSE, reason: ended })
      }
    }
  }
  const standingCheck = setInterval(closeEndedMemberships, options.standingCheckMs ?? STANDING_CHECK_MS)
  standingCheck.unref()
  // Hocuspocus closes documents, not the sockets under them: the hub ends them itself, so desks notice it is gone.
  const sockets = new Set<Socket>()
  server.httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  try {
    await server.listen()
  } catch (error) {
    clearInterval(standingCheck)
    db.close()
    await fileLog?.close()
    throw error
  }
  const { port } = server.address
  const host = options.host ?? '127.0.0.1'
  const url = `ws://${host.includes(':') ? `[${host}]` : host}:${port}`
  log.info('the hub is listening', { url, dataDir: options.dataDir })

  let closed: Promise<void> | null = null
  return {
    url,
    port,
    members,
    documents,
    close: () =>
      (closed ??= (async () => {
        clearInterval(standingCheck)
        for (const socket of sockets) socket.destroy()
        await server.destroy()
        db.close()
        await fileLog?.close()
      })())
  }
}
