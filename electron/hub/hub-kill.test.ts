// A hub killed with SIGKILL in the middle of a sync, started again on the same data folder.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { underReview } from '../core/testing'
import { HUB_DATABASE } from './hub-store'
import { openHubMembers } from './hub-members-file'
import { spawnHub, type HubProcess } from './testing/hub-process'
import { until } from './testing/article-replica'
import { closeDesk, openDesk, sameArticle, type Desk } from './testing/desks'

let dir: string
let hub: HubProcess | null = null
const desks: Desk[] = []

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-hub-kill-'))
})
afterEach(async () => {
  for (const desk of desks.splice(0)) closeDesk(desk)
  if (hub && hub.child.exitCode === null && hub.child.signalCode === null) {
    hub.child.kill('SIGTERM')
    await hub.ended
  }
  rmSync(dir, { recursive: true, force: true })
})

const ARTICLES = 24

describe('a hub killed mid-sync', () => {
  it('comes back on the same folder with nothing lost, and the desks converge', async () => {
    const data = join(dir, 'hub')
    hub = await spawnHub(['--port', '0', '--data', data])
    const url = hub.firstLine
    const port = new URL(url).port
    const members = openHubMembers(data)
    const salmaToken = members.members.add('سلمى', 'journalist')
    const omarToken = members.members.add('عمر', 'editor')
    members.close()

    const salma = openDesk('سلمى', 'journalist')
    const omar = openDesk('عمر', 'editor')
    desks.push(salma, omar)
    const paragraphs = Array.from({ length: 20 }, (_, n) => `الفقرة ${n + 1} من تقرير طويل عن الموازنة العامة والتصويت عليها في البرلمان.`)
    const ids = Array.from({ length: ARTICLES }, (_, n) => salma.core.createArticle({ headline: `تقرير ${n + 1}` }, underReview.plainBody(...paragraphs)).id)
    await salma.core.joinHub(url, salmaToken)
    salma.core.shareArticles(ids, true)

    const syncing = salma.core.syncWithHub({ timeoutMs: 60_000 })
    // Killed as soon as the first update is on the hub's disk, while the rest are on their way.
    const look = new Database(join(data, HUB_DATABASE), { readonly: true, fileMustExist: true })
    await until(() => (look.prepare('SELECT count(*) AS n FROM document_updates').get() as { n: number }).n > 0, 'the first update on the hub', 30_000)
    hub.child.kill('SIGKILL')
    look.close()
    expect(await hub.ended).toBe('SIGKILL')

    hub = await spawnHub(['--port', port, '--data', data])
    expect(hub.firstLine).toBe(url)
    // The sync that was under way reconnects and finishes.
    await syncing
    await omar.core.joinHub(url, omarToken)
    const received = await omar.core.syncWithHub()
    expect(received.created).toBe(ARTICLES)
    for (const id of ids) {
      const same = sameArticle(salma, omar, id)
      expect(same.content[1]).toBe(same.content[0])
      expect(same.vectors[1]).toBe(same.vectors[0])
    }
  })
})
