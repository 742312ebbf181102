import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type Page } from '@playwright/test'
import { HostProcess } from './host-process'

export interface Workspace {
  /** A fresh temp folder: the database, its media and exports live here. */
  dir: string
  dbPath: string
}

/** The person every spec's desk belongs to, unless the spec says otherwise. */
export const deskPerson = { name: 'سارة القاسم', role: 'journalist' } as const

export const test = base.extend<{ workspace: Workspace; host: HostProcess; openApp: (page?: Page) => Promise<void> }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern.
  // eslint-disable-next-line no-empty-pattern
  workspace: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'midad-e2e-'))
    await use({ dir, dbPath: join(dir, 'midad.sqlite') })
    await rm(dir, { recursive: true, force: true })
  },
  host: async ({ workspace }, use) => {
    const host = new HostProcess(workspace.dbPath)
    await host.start()
    // Someone is at the desk already: the welcome that asks who is asked for in its own spec.
    await host.call('saveProfile', deskPerson)
    await use(host)
    await host.stop()
  },
  openApp: async ({ page, host }, use) => {
    await use(async (target = page) => {
      if (!host.ready) throw new Error('host not running')
      await target.goto(host.ready.url)
    })
  }
})

export { expect } from '@playwright/test'
