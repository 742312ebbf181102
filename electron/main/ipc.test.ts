import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openCore, type Core, createHandlers } from '../core'
import { handlerOptionsIn } from '../core/testing'
import { operationNames } from '../../shared/contract/operations'
import type { Handlers } from '../../shared/contract/api'
import { bindContract, forwardEvents, isAppSender } from './ipc'
import { rendererLocation } from './renderer-location'
import { FakeBrowserWindow, FakeWebFrame, fake } from './testing/fake-electron'
import { tempProfile } from './testing/temp-profile'

vi.mock('electron', async () => (await import('./testing/fake-electron')).fake.module)

const location = rendererLocation({ outDir: '/opt/midad/out', packaged: true })

let profile: ReturnType<typeof tempProfile>
let core: Core
let window: FakeBrowserWindow
let handlerCalls: string[]

beforeEach(async () => {
  profile = tempProfile()
  core = openCore({ dbPath: profile.dbPath })
  fake.ipcMain.handlers.clear()
  window = new FakeBrowserWindow({})
  await window.loadURL('midad-app://desk/index.html')
  handlerCalls = []
  const real = createHandlers(core, { ...handlerOptionsIn(profile.dir), exportsFolderFor: async () => profile.dir })
  // Count what reaches the real handlers, to prove a refused call reaches none.
  const counted = Object.fromEntries(
    operationNames.map((name) => [name, (input: never) => {
      handlerCalls.push(name)
      return (real[name] as (input: never) => unknown)(input)
    }])
  ) as Handlers
  bindContract({
    ipcMain: fake.ipcMain as unknown as IpcMain,
    handlers: counted,
    isTrustedSender: (event) => isAppSender(event, window as unknown as BrowserWindow, location),
    locale: () => 'en'
  })
})

afterEach(async () => {
  core.close()
  await profile.remove()
})

function invoke(channel: string, event: { sender: unknown; senderFrame: unknown }, payload: unknown) {
  const handler = fake.ipcMain.handlers.get(channel)
  if (!handler) throw new Error(`nothing handles ${channel}`)
  return handler(event as IpcMainInvokeEvent, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>
}

const fromApp = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame })

describe('the contract over IPC', () => {
  it('binds one channel per operation and nothing else', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(operationNames.map((n) => `midad:${n}`).sort())
    expect(fake.ipcMain.listeners.size).toBe(0)
  })

  it('runs a call from the app page against the real database', async () => {
    const created = await invoke('midad:createArticle', fromApp(), { meta: { headline: 'انتخابات بلدية في صيدا' } })
    expect(created.ok).toBe(true)
    const listed = await invoke('midad:listArticles', fromApp(), {})
    expect(listed).toMatchObject({ ok: true, value: { articles: [{ headline: 'انتخابات بلدية في صيدا' }] } })
    expect(core.listArticles()).toHaveLength(1)
  })

  it('refuses a subframe of the app window without touching the database', async () => {
    const subframe = new FakeWebFrame(window.webContents.mainFrame.url, window.webContents.mainFrame.processId, 7)
    const result = await invoke('midad:createArticle', { sender: window.webContents, senderFrame: subframe }, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized', message: 'Unauthorized request.' } })
    expect(handlerCalls).toEqual([])
    expect(core.listArticles()).toEqual([])
  })

  it('refuses the main frame once it shows a page other than the app', async () => {
    window.webContents.mainFrame.url = 'https://example.com/'
    const result = await invoke('midad:createArticle', fromApp(), {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(handlerCalls).toEqual([])
    expect(core.listArticles()).toEqual([])
  })

  it('refuses another window, even one showing the app page', async () => {
    const other = new FakeBrowserWindow({})
    await other.loadURL('midad-app://desk/index.html')
    const result = await invoke('midad:listArticles', { sender: other.webContents, senderFrame: other.webContents.mainFrame }, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(handlerCalls).toEqual([])
  })

  it('refuses a sender whose frame is gone', async () => {
    const result = await invoke('midad:listArticles', { sender: window.webContents, senderFrame: null }, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
  })

  it('answers a malformed payload from the app with invalid_input and changes nothing', async () => {
    const result = await invoke('midad:createArticle', fromApp(), { meta: { headline: 42 }, extra: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(handlerCalls).toEqual([])
    expect(core.listArticles()).toEqual([])
  })

  it('turns a core refusal into a translated failure, not a stack', async () => {
    const result = await invoke('midad:getArticle', fromApp(), { id: '4f7f3c8e-2d4a-4b8e-9c1d-0a1b2c3d4e5f' })
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'The article does not exist; it may have been deleted.' } })
  })
})

describe('core’s events to the window', () => {
  it('sends each change to the article window on the one event channel, and nothing to a window that is gone', async () => {
    let target: FakeBrowserWindow | null = window
    const stop = forwardEvents({ events: core, target: () => target?.webContents ?? null })
    const created = await invoke('midad:createArticle', fromApp(), { meta: { headline: 'خبر' } })
    const id = (created.value as { id: string }).id
    expect(window.webContents.sent).toEqual([{ channel: 'midad:event', args: [{ name: 'articleChanged', payload: { id, change: 'created' } }] }])
    window.webContents.destroyed = true
    core.setArticleStatus(id, 'in_review')
    target = null
    core.setArticleStatus(id, 'draft')
    expect(window.webContents.sent).toHaveLength(1)
    stop()
  })
})
