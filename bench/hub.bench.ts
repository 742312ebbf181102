// The newsroom hub under load: a hub process (`midad hub`, as it is run), and
// desks simulated in this process as Hocuspocus providers, one socket each,
// carrying every article as a desk's live sync does.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { bodyFragment } from '../shared/document/article-document'
import { articleDocumentName } from '../shared/hub/article-record'
import { openHubMembers } from '../electron/hub/hub-members-file'
import { articleDoc, connectReplica, until } from '../electron/hub/testing/article-replica'
import { spawnHub, type HubProcess } from '../electron/hub/testing/hub-process'
import type { Benchmark } from './benchmark'

const DESKS = 50
const ARTICLES = 200
const RECONNECTS = 30
const EDITS_APART = 50
const REACH_SAMPLES = 100

interface RunningHubProcess {
  process: HubProcess
  url: string
  data: string
  tokens: string[]
  stop(): Promise<void>
}

async function hubWithMembers(members: number): Promise<RunningHubProcess> {
  const data = mkdtempSync(join(tmpdir(), 'midad-hub-bench-'))
  const file = openHubMembers(data)
  const tokens = Array.from({ length: members }, (_, n) => file.members.add(`desk ${n + 1}`, 'journalist'))
  file.close()
  const process = await spawnHub(['--port', '0', '--data', data])
  return {
    process,
    url: process.firstLine,
    data,
    tokens,
    stop: async () => {
      process.child.kill('SIGTERM')
      await process.ended
      rmSync(data, { recursive: true, force: true })
    }
  }
}

/** The hub process's resident memory (MB) and CPU time so far (ms), from /proc. */
function hubUsage(hub: RunningHubProcess): { rssMb: number; cpuMs: number } {
  const pid = hub.process.child.pid!
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1])
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  // utime and stime, in clock ticks (100 a second on Linux).
  const ticks = Number(fields[11]) + Number(fields[12])
  return { rssMb: rssKb / 1024, cpuMs: ticks * 10 }
}

const names = (count: number) => Array.from({ length: count }, (_, n) => articleDocumentName(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`))

/** A desk: one socket, a provider and a document for each article. */
interface SimulatedDesk {
  socket: HocuspocusProviderWebsocket
  docs: Map<string, Y.Doc>
  providers: HocuspocusProvider[]
  destroy(): void
}

function simulatedDesk(url: string, token: string, articles: string[], seed?: (name: string) => Uint8Array): SimulatedDesk {
  const socket = new HocuspocusProviderWebsocket({ url, minDelay: 100, maxDelay: 2000 })
  const docs = new Map<string, Y.Doc>()
  const providers = articles.map((name) => {
    const doc = new Y.Doc()
    if (seed) Y.applyUpdate(doc, seed(name))
    docs.set(name, doc)
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token, awareness: null })
    provider.attach()
    return provider
  })
  return {
    socket,
    docs,
    providers,
    destroy() {
      for (const provider of providers) provider.destroy()
      socket.destroy()
    }
  }
}

const synced = (desk: SimulatedDesk) => desk.providers.every((provider) => provider.isSynced && provider.unsyncedChanges === 0)

/** Types at the end of the first paragraph. */
function type(doc: Y.Doc, words: string): void {
  const paragraph = bodyFragment(doc).get(0) as Y.XmlElement
  const text = paragraph.get(0) as Y.XmlText
  text.insert(text.length, words)
}

interface LoadRun {
  /** One desk's edit until every other desk with the article open has it. */
  reach: number[]
  rssMb: number[]
  /** Hub CPU time while the desks connected and synced every article. */
  cpuMs: number[]
  /** Wall time until every desk had synced every article. */
  firstSyncMs: number[]
}

/** `desks` desks with `articles` articles open each, on one hub process. */
async function loadRun(desks: number, articles: number, samples: number): Promise<LoadRun> {
  const hub = await hubWithMembers(desks + 1)
  const list = names(articles)
  const open: SimulatedDesk[] = []
  try {
    // The articles are on the hub first, written by one desk.
    const writer = simulatedDesk(hub.url, hub.tokens[desks]!, list, (name) => Y.encodeStateAsUpdate(articleDoc(`مقال ${name.slice(-4)}`, 'الفقرة الأولى من الخبر.', 'الفقرة الثانية.', 'الفقرة الثالثة.')))
    await until(() => synced(writer), 'the articles to reach the hub', 300_000)
    writer.destroy()

    const before = hubUsage(hub)
    const start = performance.now()
    open.push(...Array.from({ length: desks }, (_, n) => simulatedDesk(hub.url, hub.tokens[n]!, list)))
    await until(() => open.every(synced), 'every desk to sync every article', 600_000)
    const firstSyncMs = performance.now() - start
    const after = hubUsage(hub)

    const reach: number[] = []
    for (let sample = 0; sample < samples; sample++) {
      const from = open[sample % desks]!
      const name = list[(sample * 7) % articles]!
      const marker = ` ت${sample}`
      const others = open.filter((desk) => desk !== from)
      let arrived = 0
      const listeners = others.map((desk) => {
        const doc = desk.docs.get(name)!
        const listener = () => {
          if (((bodyFragment(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText).toString().endsWith(marker)) {
            arrived++
            doc.off('update', listener)
          }
        }
        doc.on('update', listener)
        return () => doc.off('update', listener)
      })
      const sent = performance.now()
      type(from.docs.get(name)!, marker)
      await until(() => arrived === others.length, 'the edit to reach every desk', 60_000)
      reach.push(performance.now() - sent)
      for (const stop of listeners) stop()
    }
    const rssMb: number[] = []
    for (let n = 0; n < 5; n++) {
      rssMb.push(hubUsage(hub).rssMb)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return { reach, rssMb, cpuMs: [after.cpuMs - before.cpuMs], firstSyncMs: [firstSyncMs] }
  } finally {
    for (const desk of open) desk.destroy()
    await hub.stop()
  }
}

let load: Promise<{ many: LoadRun; one: LoadRun }> | null = null
const loads = () =>
  (load ??= (async () => {
    const one = await loadRun(1 + 1, 1, REACH_SAMPLES)
    const many = await loadRun(DESKS, ARTICLES, REACH_SAMPLES)
    return { many, one }
  })())

/**
 * Two desks on one article: one drops off the network, both make 50 edits,
 * it comes back; timed from its reconnection until both hold the same
 * document and the hub confirmed it all. Baseline: the same two sets of
 * edits exchanged between two documents in memory, both ways.
 */
const convergence: Benchmark = {
  name: 'hub: two desks converge after a reconnect (50 edits each side apart)',
  unit: 'ms',
  async measure() {
    const hub = await hubWithMembers(2)
    const samples: number[] = []
    const baseline: number[] = []
    try {
      for (let round = 0; round < RECONNECTS; round++) {
        const name = names(RECONNECTS)[round]!
        const a = connectReplica(hub.url, name, hub.tokens[0]!, articleDoc('عنوان', 'فقرة أولى.', 'فقرة ثانية.'))
        const b = connectReplica(hub.url, name, hub.tokens[1]!)
        try {
          await a.settled()
          await until(() => bodyFragment(b.doc).length > 0, 'the second desk to have the article')
          await b.settled()
          b.socket.disconnect()
          await until(() => b.socket.status === WebSocketStatus.Disconnected, 'the socket to close')
          const aBefore = Y.encodeStateVector(a.doc)
          const bBefore = Y.encodeStateVector(b.doc)
          // What both held when they parted: the baseline's two documents start from it.
          const base = Y.encodeStateAsUpdate(a.doc)
          for (let edit = 0; edit < EDITS_APART; edit++) {
            type(a.doc, ` أ${edit}`)
            type(b.doc, ` ب${edit}`)
          }
          await a.settled()
          const start = performance.now()
          await b.socket.connect()
          await until(() => Buffer.compare(Buffer.from(Y.encodeStateVector(a.doc)), Buffer.from(Y.encodeStateVector(b.doc))) === 0, 'the two desks to converge', 60_000)
          await a.settled()
          await b.settled()
          samples.push(performance.now() - start)

          // The same edits, exchanged in memory.
          const aEdits = Y.encodeStateAsUpdate(a.doc, aBefore)
          const bEdits = Y.encodeStateAsUpdate(b.doc, bBefore)
          const left = new Y.Doc()
          const right = new Y.Doc()
          Y.applyUpdate(left, base)
          Y.applyUpdate(right, base)
          const startMemory = performance.now()
          Y.applyUpdate(left, bEdits)
          Y.applyUpdate(right, aEdits)
          baseline.push(performance.now() - startMemory)
        } finally {
          a.destroy()
          b.destroy()
        }
      }
    } finally {
      await hub.stop()
    }
    return { samples, baseline }
  }
}

const reach: Benchmark = {
  name: `hub: an edit reaches every desk (${DESKS} desks × ${ARTICLES} articles open; baseline 2 desks × 1 article)`,
  unit: 'ms',
  async measure() {
    const { many, one } = await loads()
    return { samples: many.reach, baseline: one.reach }
  }
}

const firstSync: Benchmark = {
  name: `hub: ${DESKS} desks sync ${ARTICLES} articles each, wall time (baseline 2 desks × 1 article)`,
  unit: 'ms',
  async measure() {
    const { many, one } = await loads()
    return { samples: many.firstSyncMs, baseline: one.firstSyncMs }
  }
}

const memory: Benchmark = {
  name: `hub: process memory (RSS) with ${DESKS} desks × ${ARTICLES} articles open (baseline 2 desks × 1 article)`,
  unit: 'MB',
  async measure() {
    const { many, one } = await loads()
    return { samples: many.rssMb, baseline: one.rssMb }
  }
}

const cpu: Benchmark = {
  name: `hub: process CPU time while ${DESKS} desks sync ${ARTICLES} articles each (baseline 2 desks × 1 article)`,
  unit: 'ms',
  async measure() {
    const { many, one } = await loads()
    return { samples: many.cpuMs, baseline: one.cpuMs }
  }
}

export default [convergence, reach, firstSync, memory, cpu]
