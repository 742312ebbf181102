import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openCore } from '../core'
import { operationNames } from '../../shared/contract/operations'
import type { FakeBrowserWindow, fake as fakeElectron, fakeEvent as FakeEventFactory } from './testing/fake-electron'
import { tempProfile } from './testing/temp-profile'

type Fake = typeof fakeElectron

let profile: ReturnType<typeof tempProfile>
let running: Fake | undefined

beforeEach(() => {
  profile = tempProfile()
  delete process.env.MIDAD_USER_DATA
  delete process.env.MIDAD_LOCALE
})

afterEach(async () => {
  running?.app.emit('will-quit', { preventDefault() {} })
  running = undefined
  delete process.env.MIDAD_USER_DATA
  await profile.remove()
})

const fakeEventOf = () => ({ preventDefault() {} })
const settle = () => new Promise((resolve) => setImmediate(resolve))

/** Starts the main process as Electron would: module load, then `ready`. */
async function launch(setup?: (fake: Fake) => void) {
  // A fresh main process each time: new module instances, and a new fake
  // electron bound to them (vi.mock's factory result would be cached).
  vi.resetModules()
  vi.doMock('electron', async () => (await import('./testing/fake-electron')).fake.module)
  const module = await import('./testing/fake-electron')
  const fake = module.fake
  let becomeReady!: () => void
  fake.app.ready = new Promise<void>((resolve) => (becomeReady = resolve))
  fake.app.paths.set('userData', profile.dir)
  setup?.(fake)
  await import('./index')
  const beforeReady = [...fake.calls]
  const windowsBeforeReady = module.FakeBrowserWindow.all.length
  becomeReady()
  await settle()
  running = fake
  return { fake, beforeReady, windowsBeforeReady, windows: module.FakeBrowserWindow.all as FakeBrowserWindow[], fakeEvent: module.fakeEvent as typeof FakeEventFactory }
}

function invoke(fake: Fake, name: string, sender: FakeBrowserWindow, payload: unknown) {
  return fake.ipcMain.handlers.get(`midad:${name}`)!(
    { sender: sender.webContents, senderFrame: sender.webContents.mainFrame },
    payload
  ) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>
}

describe('starting Midad', () => {
  it('sandboxes every renderer and registers the media scheme before ready, then opens one secured window', async () => {
    const { fake, beforeReady, windowsBeforeReady, windows } = await launch()
    expect(beforeReady).toEqual(expect.arrayContaining(['app.enableSandbox', 'protocol.registerSchemesAsPrivileged']))
    expect(windowsBeforeReady).toBe(0)
    expect(windows).toHaveLength(1)
    const [window] = windows
    expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    // Built, main sits in out/main; preload and the page are its siblings.
    expect(window!.options.webPreferences!.preload).toBe(join(import.meta.dirname, '..', 'preload', 'index.cjs'))
    expect(window!.loaded.url).toBe('midad-app://desk/index.html')
    // The guards were in place before the window existed, so they cover it.
    expect(window!.webContents.tryNavigate('https://example.com/').prevented).toBe(true)
    expect(window!.webContents.tryOpenWindow('https://example.com/')).toEqual({ action: 'deny' })
    expect(fake.session.defaultSession.headersListener).toBeDefined()
    expect(fake.protocol.handlers.has('midad-media')).toBe(true)
    expect(fake.protocol.handlers.has('midad-app')).toBe(true)
    expect(fake.protocol.privileged.map((entry) => entry.scheme).sort()).toEqual(['midad-app', 'midad-media'])
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(operationNames.map((name) => `midad:${name}`).sort())
  })

  it('saves what the window asks into midad.sqlite in the profile, and refuses others in Arabic', async () => {
    const { fake, windows } = await launch()
    const created = await invoke(fake, 'createArticle', windows[0]!, { meta: { headline: 'الحكومة تقر الموازنة' } })
    expect(created.ok).toBe(true)

    const stranger = new (windows[0]!.constructor as typeof FakeBrowserWindow)({})
    await stranger.loadURL('https://example.com/')
    const refused = await invoke(fake, 'deleteArticle', stranger, { id: (created.value as { id: string }).id })
    expect(refused).toEqual({ ok: false, error: { code: 'unauthorized', message: 'طلب غير مأذون.' } })

    fake.app.emit('will-quit', { preventDefault() {} })
    running = undefined
    const again = openCore({ dbPath: join(profile.dir, 'midad.sqlite') })
    try {
      expect(again.listArticles().map((a) => a.headline)).toEqual(['الحكومة تقر الموازنة'])
    } finally {
      again.close()
    }
  })

  it('closes the database cleanly when the app quits', async () => {
    const { fake, windows } = await launch()
    await invoke(fake, 'createArticle', windows[0]!, {})
    const wal = join(profile.dir, 'midad.sqlite-wal')
    expect(existsSync(wal)).toBe(true)
    fake.app.emit('will-quit', { preventDefault() {} })
    running = undefined
    expect(existsSync(wal)).toBe(false)
  })

  it('uses MIDAD_USER_DATA as the profile when given', async () => {
    const other = tempProfile()
    try {
      process.env.MIDAD_USER_DATA = other.dir
      const { fake, windows } = await launch()
      await invoke(fake, 'createArticle', windows[0]!, {})
      expect(existsSync(join(other.dir, 'midad.sqlite'))).toBe(true)
      expect(existsSync(join(profile.dir, 'midad.sqlite'))).toBe(false)
      fake.app.emit('will-quit', { preventDefault() {} })
      running = undefined
    } finally {
      await other.remove()
    }
  })

  it('refuses a database from a newer Midad with a translated dialog, leaves it untouched and quits', async () => {
    const dbPath = join(profile.dir, 'midad.sqlite')
    const newer = new Database(dbPath)
    newer.exec('create table future (x)')
    newer.pragma('user_version = 9999')
    newer.close()

    const { fake, windows } = await launch()
    expect(fake.dialog.errorBoxes).toHaveLength(1)
    expect(fake.dialog.errorBoxes[0]!.title).toBe('تعذّر فتح مداد')
    expect(fake.dialog.errorBoxes[0]!.content).toContain('قاعدة البيانات أنشأها إصدار أحدث من مداد')
    expect(fake.dialog.errorBoxes[0]!.content).toContain('9999')
    expect(fake.dialog.errorBoxes[0]!.content).not.toMatch(/\n\s+at /)
    expect(fake.calls).toContain('app.quit')
    expect(windows).toHaveLength(0)
    expect(fake.ipcMain.handlers.size).toBe(0)

    const check = new Database(dbPath, { readonly: true })
    try {
      expect(check.pragma('user_version', { simple: true })).toBe(9999)
      expect(check.pragma('journal_mode', { simple: true })).toBe('delete')
    } finally {
      check.close()
    }
  })

  it('lets a second launch hand over to the first instead of opening the database twice', async () => {
    const { fake, windows } = await launch((fake) => {
      fake.app.singleInstance = false
    })
    expect(fake.calls).toContain('app.quit')
    expect(windows).toHaveLength(0)
    expect(existsSync(join(profile.dir, 'midad.sqlite'))).toBe(false)
  })

  it('brings the open window forward when launched again', async () => {
    const { fake } = await launch()
    fake.app.emit('second-instance')
    expect(fake.calls).toContain('window.focus')
  })
  it('quits when its window is closed (except on macOS), without forcing the close', async () => {
    const { fake, windows } = await launch()
    expect(windows[0]!.userClose().prevented).toBe(false)
    expect(fake.calls).not.toContain('window.destroy')
    fake.app.emit('window-all-closed')
    if (process.platform !== 'darwin') expect(fake.calls).toContain('app.quit')
  })

  it('finishes a quit once the page, having flushed its save, closes the window itself', async () => {
    const { fake, windows } = await launch()
    fake.app.emit('before-quit', { preventDefault() {} })
    // The page held the first close (beforeunload) and now closes again.
    windows[0]!.userClose()
    expect(fake.calls).toContain('app.quit')
  })
})

describe('review bundles the system opens with Midad', () => {
  const bundleIn = (dir: string, name: string, text: string) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  const file = (fileName: string, text: string) => ({ kind: 'file', fileName, dataBase64: Buffer.from(text).toString('base64') })
  const waiting = (window: FakeBrowserWindow) => window.webContents.sent.filter(({ args }) => (args[0] as { name?: string }).name === 'bundlesWaiting')

  it('holds one named at launch for the window, which takes it once', async () => {
    const path = bundleIn(profile.dir, 'مراجعة.midad', 'حزمة')
    const argv = process.argv
    process.argv = [argv[0]!, path, '--some-switch']
    try {
      const { fake, windows } = await launch()
      expect(await invoke(fake, 'takeOpenedBundles', windows[0]!, {})).toEqual({ ok: true, value: [file('مراجعة.midad', 'حزمة')] })
      expect(await invoke(fake, 'takeOpenedBundles', windows[0]!, {})).toEqual({ ok: true, value: [] })
    } finally {
      process.argv = argv
    }
  })

  it('tells the window of one a second launch names, resolved where that launch started, and brings the window forward', async () => {
    bundleIn(profile.dir, 'عودة.midad', 'رد المحرر')
    const { fake, windows } = await launch()
    fake.app.emit('second-instance', fakeEventOf(), ['/opt/Midad/midad', '--flag', 'عودة.midad', 'notes.txt'], profile.dir)
    expect(fake.calls).toContain('window.focus')
    expect(waiting(windows[0]!)).toHaveLength(1)
    expect(await invoke(fake, 'takeOpenedBundles', windows[0]!, {})).toEqual({ ok: true, value: [file('عودة.midad', 'رد المحرر')] })
    // A launch naming no bundle tells the window nothing.
    fake.app.emit('second-instance', fakeEventOf(), ['/opt/Midad/midad'], profile.dir)
    expect(waiting(windows[0]!)).toHaveLength(1)
  })

  it('takes the file macOS hands over, and tells the window', async () => {
    const path = bundleIn(profile.dir, 'من البريد.midad', 'مرفق')
    const { fake, windows } = await launch()
    const event = { prevented: false, preventDefault() { this.prevented = true } }
    fake.app.emit('open-file', event, path)
    expect(event.prevented).toBe(true)
    expect(waiting(windows[0]!)).toHaveLength(1)
    expect(await invoke(fake, 'takeOpenedBundles', windows[0]!, {})).toEqual({ ok: true, value: [file('من البريد.midad', 'مرفق')] })
  })
})
