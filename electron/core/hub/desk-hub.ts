import { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { MidadError } from '../../../shared/contract/errors'
import type { HubStatus } from '../../../shared/hub/hub-views'
import type { Log } from '../log/log'
import { openArticleChannel, type ArticleChannel } from './article-channel'
import { listenToNewsroom } from './newsroom-link'
import type { DeskLibrary } from './desk-library'
import { askArticles, askMember, checkHubAddress } from './hub-address'
import { exchangePictures } from './hub-pictures'
import type { HubLinkStore, StoredHubLink } from './hub-link-store'
import { hubStanding, waitingOf } from './hub-standing'

/** What one sync did, for `midad sync` to say. */
export interface SyncSummary {
  /** Shared articles whose edits from here the hub now holds. */
  sent: number
  /** Articles that took edits from the hub (new ones included). */
  received: number
  /** Articles new at this desk. */
  created: number
  /** Pictures this desk sent to the hub, and received from it. */
  picturesSent: number
  picturesReceived: number
}

export interface DeskHub {
  status(): HubStatus
  join(url: string, token: string): Promise<HubStatus>
  leave(): Promise<HubStatus>
  share(ids: readonly string[], shared: boolean): HubStatus
  /** Connects, sends every shared article, receives every article of the hub, and resolves once the hub confirmed it all. */
  syncOnce(options?: { timeoutMs?: number }): Promise<SyncSummary>
  /** Keeps the shared articles in step with the hub while this desk runs (the app, the web host). */
  startLive(): void
  stopLive(): Promise<void>
  /** This desk committed an edit of the article: it goes at once when live. */
  edited(articleId: string): void
}

export interface DeskHubOptions {
  store: HubLinkStore
  library: DeskLibrary
  log: Log
  /** Told each time the desk's standing with the hub changes (core's hubChanged). */
  statusChanged(status: HubStatus): void
  /** How often a live desk asks the hub for articles it has not seen yet (default 30 s). */
  pollMs?: number
  /** Reconnection backoff of the live socket, in ms; tests make it short. */
  reconnect?: { minDelay: number; maxDelay: number }
}

const SYNC_TIMEOUT_MS = 60_000
const STATUS_PAUSE_MS = 20

interface Session {
  link: StoredHubLink
  socket: HocuspocusProviderWebsocket
  channels: Map<string, ArticleChannel>
  refused: string | null
  live: boolean
  /** A live session hears of articles new on the hub through it. */
  newsroom?: { destroy(): void }
}

export function createDeskHub(options: DeskHubOptions): DeskHub {
  const { store, library, log } = options
  let live: Session | null = null
  let poll: ReturnType<typeof setInterval> | null = null
  let lastTold = ''

  const requireLink = (): StoredHubLink => {
    const link = store.link()
    if (!link) throw new MidadError('hub_not_joined')
    return link
  }

  function openSession(link: StoredHubLink, isLive: boolean): Session {
    const socket = new HocuspocusProviderWebsocket({
      url: link.url,
      // The desk retries for as long as it runs; a one-off sync gives up on its own deadline.
      maxAttempts: 0,
      ...(options.reconnect ?? { minDelay: 1_000, maxDelay: 30_000 }),
      onStatus: () => changed(),
      onDisconnect: () => changed()
    })
    return { link, socket, channels: new Map(), refused: null, live: isLive }
  }

  function openChannel(session: Session, articleId: string): ArticleChannel {
    const existing = session.channels.get(articleId)
    if (existing) return existing
    const channel = openArticleChannel({
      socket: session.socket,
      articleId,
      token: session.link.token,
      readOnly: session.link.role === 'web_desk',
      library,
      log,
      onChange: () => changed(),
      // An article that came from the hub is shared from then on.
      onAdopted: () => store.share([articleId], true)
    })
    session.channels.set(articleId, channel)
    return channel
  }

  function closeSession(session: Session): void {
    for (const channel of session.channels.values()) channel.destroy()
    session.channels.clear()
    session.newsroom?.destroy()
    session.socket.destroy()
  }

  /** An article on the hub comes here unless this desk has it and does not share it. */
  const wanted = (id: string): boolean => store.isShared(id) || !library.exists(id)

  const confirmedMarks = new Map<string, string>()
  /** Records what the hub confirmed, for every channel that has settled. */
  function confirmSettled(session: Session): void {
    for (const channel of session.channels.values()) {
      if (!channel.settled()) continue
      if (!store.isShared(channel.articleId)) continue
      const vector = channel.hubVector()
      const seq = store.lastSeq(channel.articleId)
      // Written only when it moved: a live desk looks after every message the hub acknowledges.
      const mark = `${seq}:${Buffer.from(vector).toString('base64')}`
      if (confirmedMarks.get(channel.articleId) === mark) continue
      confirmedMarks.set(channel.articleId, mark)
      store.confirmed(channel.articleId, vector, seq)
    }
  }

  function status(): HubStatus {
    const session = live
    if (!session) return hubStanding(store, null)
    const refusal = [...session.channels.values()].map((channel) => channel.stopped).find((reason) => reason === 'hub_token_refused' || reason === 'hub_member_expired')
    if (refusal) session.refused = refusal
    return hubStanding(store, { refused: session.refused, socketStatus: session.socket.status, channels: session.channels })
  }

  let told: ReturnType<typeof setTimeout> | null = null
  /** Providers report often (every message acknowledged): the status is worked out once they pause. */
  function changed(): void {
    if (!live || told) return
    told = setTimeout(() => {
      told = null
      tell()
    }, STATUS_PAUSE_MS)
  }

  function tell(): void {
    if (!live) return
    try {
      confirmSettled(live)
      const now = status()
      if (now.link?.state === 'synced') store.synced(new Date().toISOString())
      const same = JSON.stringify({ ...now, link: now.link && { ...now.link, lastSyncedAt: null } })
      if (same === lastTold) return
      lastTold = same
      options.statusChanged(status())
    } catch (error) {
      log.warn('the hub status could not be worked out', { error })
    }
  }

  async function openHubArticles(session: Session): Promise<void> {
    try {
      const ids = await askArticles(session.link.url, session.link.token)
      if (live !== session) return
      for (const id of ids) if (wanted(id)) openChannel(session, id)
    } catch (error) {
      if (error instanceof MidadError && (error.code === 'hub_token_refused' || error.code === 'hub_member_expired')) session.refused = error.code
      changed()
    }
  }

  function startLive(): void {
    const link = store.link()
    if (!link || live) return
    const session = openSession(link, true)
    live = session
    for (const row of store.shared()) openChannel(session, row.articleId)
    session.newsroom = listenToNewsroom(session.socket, link.token, () => void openHubArticles(session))
    void openHubArticles(session)
    poll = setInterval(() => {
      if (live !== session) return
      // Catches what other programs on this file committed, and articles new on the hub.
      for (const channel of session.channels.values()) channel.push()
      void openHubArticles(session)
    }, options.pollMs ?? 30_000)
    poll.unref?.()
    changed()
  }

  /** The pictures of the session's articles: the shared ones' go up, every one's come down. */
  let swapping = false
  async function swapPictures(session: Session): Promise<{ sent: number; received: number }> {
    if (swapping) return { sent: 0, received: 0 }
    swapping = true
    const readOnly = session.link.role === 'web_desk'
    const send: string[] = []
    const want: string[] = []
    for (const channel of session.channels.values()) {
      if (channel.stopped !== null || !library.exists(channel.articleId)) continue
      const pictures = library.pictures(channel.articleId)
      want.push(...pictures)
      if (!readOnly && store.isShared(channel.articleId)) send.push(...pictures)
    }
    try {
      return await exchangePictures(session.link, { send, want }, library.shelf, log)
    } catch (error) {
      log.warn('pictures could not be exchanged with the hub; they go next time', { error })
      return { sent: 0, received: 0 }
    } finally {
      swapping = false
    }
  }

  async function stopLive(): Promise<void> {
    if (poll) clearInterval(poll)
    poll = null
    if (told) clearTimeout(told)
    told = null
    const session = live
    live = null
    lastTold = ''
    if (session) closeSession(session)
  }

  return {
    status,

    async join(url, token) {
      const address = checkHubAddress(url)
      const member = await askMember(address, token)
      const wasLive = live !== null
      await stopLive()
      confirmedMarks.clear()
      store.saveLink({ url: address, token, memberName: member.name, role: member.role, joinedAt: new Date().toISOString() })
      log.info('this desk joined a hub', { url: address, member: member.name, role: member.role })
      if (wasLive) startLive()
      return status()
    },

    async leave() {
      await stopLive()
      confirmedMarks.clear()
      store.removeLink()
      return status()
    },

    share(ids, shared) {
      const link = requireLink()
      if (shared && link.role === 'web_desk') throw new MidadError('hub_read_only')
      for (const id of ids) if (!library.exists(id)) throw new MidadError('not_found', undefined, `article ${id}`)
      store.share(ids, shared)
      for (const id of ids) confirmedMarks.delete(id)
      if (live) {
        for (const id of ids) {
          if (shared) openChannel(live, id).push(true)
          else {
            live.channels.get(id)?.destroy()
            live.channels.delete(id)
          }
        }
      }
      changed()
      return status()
    },

    async syncOnce(syncOptions = {}) {
      const link = requireLink()
      // Asked over HTTP first: a wrong token or an unreachable hub is told at once.
      const onHub = await askArticles(link.url, link.token)
      const session = openSession(link, false)
      try {
        const before = new Map(store.shared().map((row) => [row.articleId, waitingOf(store, row)]))
        for (const id of new Set([...before.keys(), ...onHub.filter(wanted)])) openChannel(session, id)
        const deadline = Date.now() + (syncOptions.timeoutMs ?? SYNC_TIMEOUT_MS)
        await new Promise<void>((resolve, reject) => {
          const look = () => {
            const channels = [...session.channels.values()]
            const refusal = channels.map((channel) => channel.stopped).find((reason) => reason === 'hub_token_refused' || reason === 'hub_member_expired')
            if (refusal) return reject(new MidadError(refusal))
            if (channels.every((channel) => channel.settled() || channel.stopped !== null)) return resolve()
            if (Date.now() > deadline) return reject(new MidadError('hub_unreachable', { url: link.url }, 'the hub did not confirm in time'))
            setTimeout(look, 10)
          }
          look()
        })
        confirmSettled(session)
        const channels = [...session.channels.values()]
        const pictures = await swapPictures(session)
        store.synced(new Date().toISOString())
        const refused = channels.filter((channel) => channel.stopped === 'hub_content_refused')
        if (refused.length > 0) {
          // The others went and came: only the refused articles are left as they were.
          log.warn('some articles were refused during a sync', { articles: refused.map((channel) => channel.articleId) })
          throw new MidadError('hub_content_refused', undefined, `articles ${refused.map((channel) => channel.articleId).join(', ')}`)
        }
        return {
          sent: link.role === 'web_desk' ? 0 : [...before].filter(([id, waiting]) => waiting > 0 && session.channels.get(id)?.settled()).length,
          received: channels.filter((channel) => channel.received > 0).length,
          created: channels.filter((channel) => channel.created).length,
          picturesSent: pictures.sent,
          picturesReceived: pictures.received
        }
      } finally {
        closeSession(session)
      }
    },

    startLive,

    stopLive,

    edited(articleId) {
      live?.channels.get(articleId)?.push()
    }
  }
}
